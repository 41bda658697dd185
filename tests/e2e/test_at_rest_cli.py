"""The command line on an encrypted office database: made from a setup file, converted, unlocked, recovered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cl_desktop.cli import main
from cl_desktop.store import cipher

PW = "clay-kiln-2009"


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CL_DESKTOP_") or k == "CL_DESKTOP_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "cl_desktop", *args],
        capture_output=True,
        text=True,
        env={**clean, **(env or {})},
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


@pytest.fixture(autouse=True)
def _forget() -> None:
    cipher.forget()


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    """An office made from headquarters' setup file with --encrypt; (path, recovery key)."""
    import cl_desktop.sync.keys as sync_keys

    monkeypatch.setattr(sync_keys, "SCRYPT_N", 1 << 10)
    hq, path, setup = tmp_path / "hq.sqlite", tmp_path / "office.sqlite", tmp_path / "kh-a.setup"
    assert main(["init", "--db", str(hq), "--office-code", "HQ", "--office-name", "Headquarters", "--hq",
                 "--admin", "boss", "--password", "a long secret"]) == 0  # fmt: skip
    assert main(["office", "add", "--db", str(hq), "--code", "KH-A", "--name", "Office A", "-o", str(setup),
                 "--admin", "sokha", "--password", PW]) == 0  # fmt: skip
    passphrase = capsys.readouterr().out.split("separately from the file): ")[1].strip()
    pdf = tmp_path / "recovery.pdf"
    assert main(["init", "--db", str(path), "--setup", str(setup), "--passphrase", passphrase, "--encrypt",
                 "--recovery-pdf", str(pdf), "--language", "km"]) == 0  # fmt: skip
    out, err = capsys.readouterr()
    code = out.split("Recovery key: ")[1].split()[0]
    assert "shown only this once" in err
    assert "(1 account unlocks it)" in out
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    assert code in reader.pages[0].extract_text()
    cipher.forget()
    assert path.read_bytes()[:16] != cipher.SQLITE_HEADER
    return path, code


def test_a_command_on_an_encrypted_office_unlocks_from_the_environment(office: tuple[Path, str]) -> None:
    path, code = office
    ok = cli("stats", "--db", str(path), env={"CL_DESKTOP_USER": "sokha", "CL_DESKTOP_PASSWORD": PW})
    assert ok.returncode == 0, ok.stderr
    by_key = cli("stats", "--db", str(path), env={"CL_DESKTOP_RECOVERY_KEY": code})
    assert by_key.returncode == 0, by_key.stderr


@pytest.mark.parametrize(
    "env",
    [
        {"CL_DESKTOP_USER": "sokha", "CL_DESKTOP_PASSWORD": "clay-kiln-2010"},
        {"CL_DESKTOP_USER": "boss", "CL_DESKTOP_PASSWORD": "a long secret"},  # headquarters' account has no slot
    ],
)
def test_a_wrong_password_is_one_sentence_and_exit_1(office: tuple[Path, str], env: dict[str, str]) -> None:
    path, _code = office
    before = path.read_bytes()
    result = cli("stats", "--db", str(path), env=env)
    assert result.returncode == 1
    assert result.stderr == "cl-desktop: Wrong user name or password.\n"
    assert path.read_bytes() == before


def test_without_a_password_and_a_terminal_the_command_says_what_to_set(office: tuple[Path, str]) -> None:
    path, _code = office
    result = cli("check", "--db", str(path))
    assert result.returncode == 2
    assert "is encrypted: set $CL_DESKTOP_USER and $CL_DESKTOP_PASSWORD" in result.stderr
    assert result.stderr.count("\n") == 1


def test_recover_key_sets_a_new_password(office: tuple[Path, str]) -> None:
    path, code = office
    wrong = cli("recover-key", "--db", str(path), "sokha",
                env={"CL_DESKTOP_RECOVERY_KEY": "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
                     "CL_DESKTOP_NEW_PASSWORD": "river-boat-11"})  # fmt: skip
    assert wrong.returncode == 1
    assert wrong.stderr == "cl-desktop: That recovery key does not open this database.\n"
    done = cli("recover-key", "--db", str(path), "sokha",
               env={"CL_DESKTOP_RECOVERY_KEY": code, "CL_DESKTOP_NEW_PASSWORD": "river-boat-11"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    old = cli("stats", "--db", str(path), env={"CL_DESKTOP_USER": "sokha", "CL_DESKTOP_PASSWORD": PW})
    assert old.returncode == 1
    new = cli("stats", "--db", str(path), env={"CL_DESKTOP_USER": "sokha", "CL_DESKTOP_PASSWORD": "river-boat-11"})
    assert new.returncode == 0, new.stderr


def test_backup_and_restore_on_the_command_line_keep_the_key(office: tuple[Path, str], tmp_path: Path) -> None:
    path, _code = office
    env = {"CL_DESKTOP_USER": "sokha", "CL_DESKTOP_PASSWORD": PW}
    out = tmp_path / "usb"
    out.mkdir()
    made = cli("backup", "--db", str(path), "-o", str(out), env=env)
    assert made.returncode == 0, made.stderr
    copies = sorted(p.name for p in out.iterdir())
    assert len(copies) == 2 and copies[1] == copies[0] + ".keys"
    restored = cli("restore", "--db", str(path), str(out / copies[0]), env=env)
    assert restored.returncode == 0, restored.stderr
    assert cli("stats", "--db", str(path), env=env).returncode == 0
    other = tmp_path / "another-laptop" / "office.sqlite"  # the office's backup restored on a new laptop
    other.parent.mkdir()
    restored = cli("restore", "--db", str(other), str(out / copies[0]), env=env)
    assert restored.returncode == 0, restored.stderr
    assert cipher.keys_path(other).is_file() and other.read_bytes()[:16] != cipher.SQLITE_HEADER
    assert cli("stats", "--db", str(other), env=env).returncode == 0


def test_encrypt_converts_a_plain_office_and_prints_the_recovery_key_once(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    made = cli("init", "--db", str(path), "--office-code", "KH-B", "--office-name", "Office B",
               "--admin", "dara", "--password", PW)  # fmt: skip
    assert made.returncode == 0, made.stderr
    result = cli("encrypt", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "Recovery key: " in result.stdout and "shown only this once" in result.stderr
    again = cli("encrypt", "--db", str(path), env={"CL_DESKTOP_USER": "dara", "CL_DESKTOP_PASSWORD": PW})
    assert again.returncode == 1
    assert again.stderr == f"cl-desktop: The database {path} is already encrypted.\n"
    hq = tmp_path / "hq.sqlite"
    assert cli("init", "--db", str(hq), "--office-code", "HQ", "--office-name", "HQ", "--hq",
               "--encrypt").returncode == 2  # fmt: skip


def test_in_a_terminal_the_command_asks_for_the_account_or_the_recovery_key(
    office: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import builtins
    import getpass

    path, code = office
    for k in ("CL_DESKTOP_USER", "CL_DESKTOP_PASSWORD", "CL_DESKTOP_RECOVERY_KEY"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    for user, secret, expected in (("sokha", "wrong one", 1), ("sokha", PW, 0), ("", code, 0)):
        cipher.forget()
        monkeypatch.setattr(builtins, "input", lambda _prompt, user=user: user)
        monkeypatch.setattr(getpass, "getpass", lambda _prompt, secret=secret: secret)
        assert main(["stats", "--db", str(path)]) == expected
        err = capsys.readouterr().err
        assert "is encrypted (leave the user name empty to use the recovery key)" in err
        if expected:
            assert err.endswith("cl-desktop: Wrong user name or password.\n")
