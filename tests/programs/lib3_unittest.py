import unittest

class Basic(unittest.TestCase):
    def setUp(self):
        self.items = [3, 1, 2]

    def test_sorted(self):
        self.assertEqual(sorted(self.items), [1, 2, 3])

    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            int("x")
        print("caught:", cm.exception)

    def test_fail(self):
        self.assertGreater(1, 2)

    @unittest.skipIf(True, "always")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)

class Messages(unittest.TestCase):
    def test_messages(self):
        checks = [lambda: self.assertIs(1, None), lambda: self.assertIsNone(3), lambda: self.assertIn(3, [1]),
                  lambda: self.assertGreater(1, 2), lambda: self.assertTrue(0, "custom"),
                  lambda: self.assertAlmostEqual(1, 1.1), lambda: self.assertIsInstance(1, str),
                  lambda: self.assertSetEqual({1}, {2}), lambda: self.assertEqual(1, 2),
                  lambda: self.assertCountEqual([1, 1], [1]), lambda: self.assertRegex("abc", "x+"),
                  lambda: self.assertNotEqual(1, 1), lambda: self.assertLessEqual(3, 2),
                  lambda: self.assertNotIn(1, [1]), lambda: self.assertFalse(1)]
        for c in checks:
            try:
                c()
            except AssertionError as e:
                print(str(e))

print(str(Basic("test_sorted")), repr(Basic("test_sorted")), Basic("test_sorted").id())
prog = unittest.main(exit=False)
r = prog.result
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), r.wasSuccessful())
unittest.main()
