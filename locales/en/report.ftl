# check's reports: the human summary, coverage table, JUnit, GitHub
# annotations and SARIF texts around the findings.
