import unittest, warnings, logging, io, re

class W(unittest.TestCase):
    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn("old", DeprecationWarning)
        print("warned:", cm.warning)
        with self.assertWarnsRegex(UserWarning, "ab+c"):
            warnings.warn("xabbbcx")

    def test_logs(self):
        with self.assertLogs("app", level="INFO") as cm:
            logging.getLogger("app").info("hello %s", "x")
            logging.getLogger("app.sub").warning("w")
        print(cm.output)
        with self.assertNoLogs("quiet"):
            pass

    def test_cleanup(self):
        self.addCleanup(print, "cleanup ran")
        self.assertIsNotNone(1)

    def test_countequal(self):
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertSequenceEqual("ab", ["a", "b"])

buf = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(W)
r = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
print(re.sub(r"\d+\.\d+s", "X", buf.getvalue()))
print(r.wasSuccessful(), r.testsRun)
