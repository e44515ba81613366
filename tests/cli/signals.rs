//! SIGTERM and SIGHUP during the questionnaire: the terminal comes back as it
//! was (echo and line editing on, cursor shown) before the process ends, and
//! the exit status still names the signal. A shell runs `ask` in a
//! pseudo-terminal and, once it ends, prints the terminal's settings.

use super::{EPOCH, LOCALE, fixture};
use expectrl::Expect;
use expectrl::process::unix::{Signal, WaitStatus};
use std::time::Duration;

#[test]
fn a_signal_during_a_prompt_restores_the_terminal_before_ending() {
    for signal in [Signal::SIGTERM, Signal::SIGHUP] {
        let dir = tempfile::tempdir().unwrap();
        let binary = assert_cmd::cargo::cargo_bin("routekaart");
        let script = format!(
            "stty echo icanon; '{}' --routekaart '{}' ask; echo \"status=$?\"; stty -a",
            binary.display(),
            fixture("klein").display()
        );
        let mut command = std::process::Command::new("sh");
        command
            .args(["-c", &script])
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .env("SOURCE_DATE_EPOCH", EPOCH)
            .env("HOME", dir.path())
            .env("TERM", "xterm");
        for name in LOCALE {
            command.env_remove(name);
        }
        let mut session = expectrl::session::OsSession::spawn(command).unwrap();
        session.set_expect_timeout(Some(Duration::from_secs(10)));
        session.expect("Waar staat de school?").unwrap();
        std::thread::sleep(Duration::from_millis(200));
        // The questionnaire is the shell's only child.
        let shell = session.get_process().pid();
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
            .expect("Linux lists a process's children");
        let ask: i32 = children.split_whitespace().next().unwrap().parse().unwrap();
        nix_kill(ask, signal);
        let mut rest = Vec::new();
        let _ = std::io::Read::read_to_end(&mut session, &mut rest);
        let rest = String::from_utf8_lossy(&rest);
        assert!(matches!(
            session.get_process().wait(),
            Ok(WaitStatus::Exited(_, 0))
        ));
        // The status names the signal (128 + its number), as when killed.
        assert!(
            rest.contains(&format!("status={}", 128 + signal as i32)),
            "{signal}: {rest}"
        );
        assert!(
            rest.contains("\x1b[?25h"),
            "{signal}: no cursor shown in {rest:?}"
        );
        let settings = &rest[rest.find("status=").unwrap()..];
        for on in [" echo ", " icanon "] {
            assert!(
                settings.contains(on),
                "{signal}: `{on}` is off after the end:\n{settings}"
            );
        }
        assert!(!rest.contains("panicked"), "{signal}: {rest}");
    }
}

/// Sends `signal` to process `pid`.
fn nix_kill(pid: i32, signal: Signal) {
    let status = std::process::Command::new("kill")
        .args([&format!("-{}", signal as i32), &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}
