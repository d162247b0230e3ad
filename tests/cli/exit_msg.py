raise SystemExit("fatal: bad thing")
