# The plan's words outside the printed page: urgency, whom to call, the
# markdown and JSON forms, and the terminal version.
