import io
import re
import unittest


class Report(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        {}["missing"]

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    @unittest.skip("later")
    def test_skip(self):
        pass


buf = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Report)
result = unittest.TextTestRunner(stream=buf).run(suite)
# The run time varies: mask it.
print(re.sub(r"in \d+\.\d+s", "in 0.000s", buf.getvalue()))
print(result.wasSuccessful(), len(result.failures), len(result.errors), len(result.skipped))
