# syntax=docker/dockerfile:1
# invite-digest: reads invitation emails on a schedule and mails a daily digest.
#
#   docker build -t invite-digest .
#   docker compose up -d            (see compose.yaml)
#
# Two stages: the builder makes the wheel and a virtual environment with every dependency;
# the final image gets only that environment (no compiler, no pip cache, no source tree).
# For reproducible builds pin the base image by digest as well: python:3.11-slim-bookworm@sha256:...
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
# The wheel build needs the metadata, the package, and the files pyproject.toml copies into it.
COPY pyproject.toml README.md ./
COPY templates ./templates
COPY config/checklist.toml ./config/checklist.toml
COPY src ./src
RUN python -m pip wheel --no-cache-dir --no-deps --wheel-dir /wheels . \
    && python -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir /wheels/*.whl

FROM ${PYTHON_IMAGE}
LABEL org.opencontainers.image.title="invite-digest" \
      org.opencontainers.image.description="Daily digest of connection invitations, checked against your 'why connect?' list" \
      org.opencontainers.image.licenses="MIT"
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    INVITE_DIGEST_CONFIG=/config/invite-digest.toml \
    INVITE_DIGEST_DATA_DIR=/data
RUN groupadd --system --gid 10001 invite-digest \
    && useradd --system --uid 10001 --gid invite-digest --home-dir /data --no-create-home \
       --shell /usr/sbin/nologin invite-digest \
    && mkdir -p /data /config \
    && chown invite-digest:invite-digest /data
COPY --from=builder /opt/venv /opt/venv
# State (SQLite, lock, heartbeat). Mount the settings at /config/invite-digest.toml (with the
# checklist beside it) and passwords as secrets in /run/secrets (the default secrets dir).
VOLUME /data
WORKDIR /data
USER 10001:10001
# serve handles SIGTERM: it waits for a run in progress, then exits.
STOPSIGNAL SIGTERM
# Unhealthy when the scheduler's heartbeat is stale or the last run failed.
HEALTHCHECK --interval=60s --timeout=15s --start-period=30s --retries=3 \
    CMD ["invite-digest", "health", "--quiet"]
ENTRYPOINT ["invite-digest"]
CMD ["serve"]
