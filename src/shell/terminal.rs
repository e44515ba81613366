//! The terminal: how wide it is now, and how it is left after a stop by a
//! signal.
//!
//! The width is read when something is printed, not once at the start: a
//! window may be resized while the questions are asked.
//!
//! After a stop by signal: the questionnaire puts the terminal in
//! raw mode and hides the cursor while a prompt is open; Ctrl-C and Esc reach
//! the prompt as keys and it restores both. SIGTERM (`kill`) and SIGHUP (a
//! closed window, a dropped SSH session) do not: without this guard the shell
//! is left without echo and cursor until `reset`. The guard restores the
//! terminal, then ends the process as the signal's default would, so the exit
//! status still says which signal it was.

/// The width of the terminal standard output goes to, as it is now; `None`
/// when standard output is not a terminal or its size cannot be read.
pub fn stdout_width() -> Option<u16> {
    use std::io::IsTerminal;
    std::io::stdout()
        .is_terminal()
        .then(|| comfy_table::Table::new().width())
        .flatten()
}

/// Watches for SIGTERM and SIGHUP on a thread of its own for the rest of the
/// process. Nothing to do where there are no such signals.
pub fn restore_on_signals() {
    #[cfg(unix)]
    unix::watch();
}

#[cfg(unix)]
mod unix {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    use signal_hook::iterator::Signals;
    use std::io::Write;

    pub fn watch() {
        let Ok(mut signals) = Signals::new([SIGTERM, SIGHUP]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let _ = crossterm::terminal::disable_raw_mode();
                // Show the cursor and end the prompt's line, on stderr where
                // the prompts are drawn. A closed terminal takes no write: fine.
                let mut stderr = std::io::stderr();
                let _ = stderr.write_all(b"\x1b[?25h\r\n");
                let _ = stderr.flush();
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                // The default action of both is to end the process.
                std::process::exit(128 + signal);
            }
        });
    }
}
