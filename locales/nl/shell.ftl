# The shell's own words: commands, loading and saving files, the
# questionnaire's frame, failures and their exit codes.
