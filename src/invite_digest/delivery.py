"""Send one digest over SMTP to every recipient, or raise.

`deliver()` returns only when the server accepted the message for every recipient. Temporary
failures (4xx replies, dropped or refused connections, timeouts) are retried with a doubling
backoff; permanent ones (5xx replies, failed authentication, an untrusted certificate) are
raised at once. Recipients the server already accepted are not sent to again. No password or
token ever appears in a log line or an error message.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
import time
from collections.abc import Callable, Mapping, Sequence
from email.message import EmailMessage

from .errors import ConfigError, DeliveryError
from .settings import Security, SmtpSettings

log = logging.getLogger(__name__)

Sleep = Callable[[float], None]


class _TemporaryFailure(Exception):
    """A failure worth another attempt; carries the readable reason."""


def deliver(
    message: EmailMessage,
    settings: SmtpSettings,
    recipients: Sequence[str],
    *,
    sleep: Sleep = time.sleep,
) -> None:
    """Send `message` to `recipients`; return only once the server accepted it for all of them.

    Raises DeliveryError(permanent=...) otherwise, ConfigError for unusable settings.
    """
    if not recipients:
        raise ConfigError("no recipients for the digest (set digest.recipients)")
    if not settings.host:
        raise ConfigError("smtp.host is not set")
    pending = list(recipients)
    delay = settings.retry_backoff
    for attempt in range(1, settings.max_attempts + 1):
        try:
            pending = _send_once(message, settings, pending)
        except _TemporaryFailure as exc:
            reason = _redact(str(exc), settings)
        else:
            if not pending:
                return
            reason = f"recipients not accepted yet: {', '.join(pending)}"
        if attempt == settings.max_attempts:
            raise DeliveryError(
                f"SMTP {_server(settings)}: giving up after {attempt} attempt(s): {reason}",
                permanent=False,
            )
        log.warning(
            "SMTP %s: attempt %d of %d failed (%s); retrying in %g s",
            _server(settings),
            attempt,
            settings.max_attempts,
            reason,
            delay,
        )
        sleep(delay)
        delay *= 2


def probe(settings: SmtpSettings) -> None:
    """Connect and log in without sending anything (for `check`); raise like `deliver`."""
    try:
        client = _connect(settings)
    except (smtplib.SMTPException, OSError) as exc:
        raise _as_error(_classify(exc, settings, "connecting"), settings) from None
    try:
        _log_in(client, settings)
    except (smtplib.SMTPException, OSError) as exc:
        _close(client)
        raise _as_error(_classify(exc, settings, "logging in"), settings) from None
    _quit(client)


def _as_error(exc: Exception, settings: SmtpSettings) -> Exception:
    if isinstance(exc, _TemporaryFailure):
        return DeliveryError(f"SMTP {_server(settings)}: {exc}", permanent=False)
    return exc


def _send_once(message: EmailMessage, settings: SmtpSettings, recipients: list[str]) -> list[str]:
    """One connection: send to `recipients`, return those refused with a temporary (4xx) code."""
    try:
        client = _connect(settings)
    except (smtplib.SMTPException, OSError) as exc:
        raise _classify(exc, settings, "connecting") from None
    try:
        _log_in(client, settings)
        refused = client.send_message(message, to_addrs=recipients)
    except (smtplib.SMTPException, OSError) as exc:
        _close(client)
        raise _classify(exc, settings, "sending") from None
    except BaseException:
        _close(client)
        raise
    _quit(client)
    return _still_pending(refused, settings)


def _connect(settings: SmtpSettings) -> smtplib.SMTP:
    host, port, timeout = settings.host, settings.effective_port, settings.timeout
    if settings.security is Security.SSL:
        return smtplib.SMTP_SSL(host, port, timeout=timeout, context=_tls_context(settings))
    client = smtplib.SMTP(host, port, timeout=timeout)
    try:
        if settings.security is Security.STARTTLS:
            client.ehlo()
            if not client.has_extn("starttls"):
                raise DeliveryError(
                    f"SMTP {_server(settings)} does not offer STARTTLS "
                    '(set smtp.security = "ssl" or use another port)',
                    permanent=True,
                )
            client.starttls(context=_tls_context(settings))
            client.ehlo()
    except BaseException:
        _close(client)
        raise
    return client


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    # Verification of certificate and host name stays on; a CA file only adds a trusted issuer.
    try:
        return ssl.create_default_context(
            cafile=str(settings.ca_file) if settings.ca_file else None
        )
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"smtp.ca_file {settings.ca_file}: cannot be used: {exc}") from None


def _log_in(client: smtplib.SMTP, settings: SmtpSettings) -> None:
    if settings.oauth2_token_command:
        _log_in_oauth2(client, settings)
    elif settings.password is not None:
        if not settings.username:
            raise ConfigError("smtp.password is set but smtp.username is empty")
        _log_in_with_password(client, settings.username, settings.password.get_secret_value())
    elif settings.username:
        raise ConfigError(
            "smtp.username is set but neither smtp.password nor smtp.oauth2_token_command is"
        )


def _log_in_with_password(client: smtplib.SMTP, username: str, password: str) -> None:
    """One attempt with one mechanism: smtplib's login() would retry a wrong password with
    every mechanism the server offers, which servers count towards a lockout."""
    client.ehlo_or_helo_if_needed()
    offered = client.esmtp_features.get("auth", "").upper().split()
    client.user, client.password = username, password
    if "PLAIN" in offered:
        client.auth("PLAIN", client.auth_plain)
    elif "LOGIN" in offered:
        client.auth("LOGIN", client.auth_login)
    else:
        client.login(username, password)  # CRAM-MD5 only, or no AUTH: smtplib explains


def _log_in_oauth2(client: smtplib.SMTP, settings: SmtpSettings) -> None:
    from .tokens import get_oauth2_token  # imported here: only OAuth2 setups need it

    assert settings.oauth2_token_command is not None  # checked by the caller
    token = get_oauth2_token(
        settings.oauth2_token_command,
        shell=settings.oauth2_token_shell,
        timeout=settings.oauth2_token_timeout,
    )
    initial = f"user={settings.username}\x01auth=Bearer {token}\x01\x01"

    def xoauth2(challenge: bytes | None = None) -> str:
        # After a failure the server sends an error challenge; an empty reply ends the exchange.
        return initial if challenge is None else ""

    client.ehlo_or_helo_if_needed()
    client.auth("XOAUTH2", xoauth2, initial_response_ok=True)


def _still_pending(refused: Mapping[str, tuple[int, bytes]], settings: SmtpSettings) -> list[str]:
    permanent = {rcpt: reply for rcpt, reply in refused.items() if not _is_temporary(reply[0])}
    if permanent:
        raise DeliveryError(
            f"SMTP {_server(settings)} refused recipient(s): {_describe_refused(permanent)}",
            permanent=True,
        )
    return list(refused)


def _classify(exc: BaseException, settings: SmtpSettings, doing: str) -> Exception:
    """Turn an smtplib/socket error into _TemporaryFailure or a permanent DeliveryError."""
    where = f"SMTP {_server(settings)}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        replies = exc.recipients
        if all(_is_temporary(code) for code, _ in replies.values()):
            return _TemporaryFailure(f"recipients refused for now: {_describe_refused(replies)}")
        return DeliveryError(
            f"{where} refused recipient(s): {_describe_refused(replies)}", permanent=True
        )
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        text = _reply_text(exc.smtp_code, exc.smtp_error, settings)
        if _is_temporary(exc.smtp_code):
            return _TemporaryFailure(f"login failed for now: {text}")
        return DeliveryError(
            f"{where}: login as {settings.username!r} failed: {text}", permanent=True
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return DeliveryError(f"{where}: {exc}", permanent=True)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        if isinstance(exc.__context__, TimeoutError):  # smtplib reports a read timeout so
            return _TemporaryFailure(f"no answer within {settings.timeout:g} s while {doing}")
        return _TemporaryFailure(f"connection closed while {doing}")
    if isinstance(exc, smtplib.SMTPResponseException):
        text = _reply_text(exc.smtp_code, exc.smtp_error, settings)
        if _is_temporary(exc.smtp_code):
            return _TemporaryFailure(text)
        return DeliveryError(f"{where} rejected the message: {text}", permanent=True)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return DeliveryError(
            f"{where}: certificate not trusted ({exc.verify_message}); "
            "give its CA certificate as smtp.ca_file",
            permanent=True,
        )
    if isinstance(exc, ssl.SSLError):
        return DeliveryError(
            f"{where}: TLS failed ({exc.reason}); check smtp.security and smtp.port",
            permanent=True,
        )
    if isinstance(exc, TimeoutError):
        return _TemporaryFailure(f"no answer within {settings.timeout:g} s while {doing}")
    if isinstance(exc, OSError):
        return _TemporaryFailure(f"{exc.strerror or exc} while {doing}")
    return DeliveryError(f"{where}: {exc}", permanent=True)


def _is_temporary(code: int) -> bool:
    return 400 <= code < 500


def _describe_refused(replies: Mapping[str, tuple[int, bytes]]) -> str:
    return "; ".join(
        f"{rcpt} ({code} {_decode(text)})" for rcpt, (code, text) in sorted(replies.items())
    )


def _reply_text(code: int, text: bytes | str, settings: SmtpSettings) -> str:
    return _redact(f"{code} {_decode(text)}", settings)


def _decode(text: bytes | str) -> str:
    decoded = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return " ".join(decoded.split())[:200]


def _redact(text: str, settings: SmtpSettings) -> str:
    """Belt and braces: a server echoing credentials must not put them in our messages."""
    if settings.password is not None:
        secret = settings.password.get_secret_value()
        if secret:
            text = text.replace(secret, "***")
    return text


def _server(settings: SmtpSettings) -> str:
    return f"{settings.host}:{settings.effective_port}"


def _quit(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        # The message was already accepted; a failing goodbye changes nothing.
        _close(client)


def _close(client: smtplib.SMTP) -> None:
    try:
        client.close()
    except OSError:
        log.debug("closing the SMTP connection failed", exc_info=True)
