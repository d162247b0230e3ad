import unittest, sys

class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    def setUp(self):
        self.x = 1

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_ok(self):
        self.assertEqual(self.x, 1)
        self.assertIn(1, [1, 2])
        self.assertTrue(True)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaisesRegex(ValueError, "bad", int, "bad")

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise KeyError("k")

    @unittest.skip("not now")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 0)

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

class U(unittest.TestCase):
    def test_messages(self):
        msgs = []
        checks = [lambda: self.assertEqual([1, 2], [1, 3]), lambda: self.assertEqual("a", "b"),
                  lambda: self.assertIs(1, None), lambda: self.assertIsNone(3), lambda: self.assertIn(3, [1]),
                  lambda: self.assertGreater(1, 2), lambda: self.assertTrue(0, "custom"),
                  lambda: self.assertAlmostEqual(1, 1.1), lambda: self.assertIsInstance(1, str),
                  lambda: self.assertDictEqual({1: 2}, {1: 3}), lambda: self.assertSetEqual({1}, {2}),
                  lambda: self.assertCountEqual([1, 1], [1]), lambda: self.assertRegex("abc", "x+"),
                  lambda: self.assertNotEqual(1, 1), lambda: self.assertTupleEqual((1,), (1, 2))]
        for c in checks:
            try:
                c()
            except AssertionError as e:
                print(str(e))
        with self.assertRaises(AssertionError) as cm:
            with self.assertRaises(KeyError):
                pass
        print(cm.exception)

print(str(T("test_ok")), repr(T("test_ok")), T("test_ok").id())
prog = unittest.main(exit=False, verbosity=2)
r = prog.result
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), r.wasSuccessful())
suite = unittest.TestLoader().loadTestsFromTestCase(U)
import io, re
buf = io.StringIO()
res = unittest.TextTestRunner(stream=buf).run(suite)
# The run time varies: mask it.
print(re.sub(r"in \d+\.\d+s", "in 0.000s", buf.getvalue()))
print(res)

