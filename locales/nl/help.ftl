# clap's texts: the help of each command and option, usage lines and clap's
# own errors, fed to clap's override machinery.
