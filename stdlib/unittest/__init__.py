"""
Python unit testing framework, based on Erich Gamma's JUnit and Kent Beck's
Smalltalk testing framework (used with permission).
"""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__all__.extend(['getTestCaseNames', 'makeSuite', 'findTestCases'])

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler
from .loader import makeSuite, getTestCaseNames, findTestCases
from . import util

_TextTestResult = TextTestResult


def load_tests(loader, tests, pattern):
    return loader.discover(start_dir=__path__[0], pattern=pattern)


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods may be coroutines, run on a fresh event loop."""

    def _callSetUp(self):
        self._run_maybe_async(self.setUp)
        self._run_maybe_async(getattr(self, 'asyncSetUp', lambda: None))

    def _callTestMethod(self, method):
        self._run_maybe_async(method)

    def _callTearDown(self):
        self._run_maybe_async(getattr(self, 'asyncTearDown', lambda: None))
        self._run_maybe_async(self.tearDown)

    def _run_maybe_async(self, func):
        r = func()
        if hasattr(r, '__await__'):
            import asyncio
            asyncio.run(r)
