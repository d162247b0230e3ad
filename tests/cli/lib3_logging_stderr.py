import logging
logging.warning("default root format %d", 1)
log = logging.getLogger("svc.db")
log.info("not shown")
log.error("error from %s", "db")
logging.basicConfig(format="%(levelname)s [%(name)s] %(message)s", level=logging.DEBUG, force=True)
log.debug("debug now shown")
logging.getLogger().critical("critical")
print("stdout line")
