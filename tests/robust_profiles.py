"""Hypothesis profiles for the tests/test_robust_*.py property tests.

    normal run:                 200 examples per property, no deadline
    HYPOTHESIS_PROFILE=thorough 2000 examples per property

Used as a decorator (`@PROFILE`) so other test files keep their own settings.
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("robust", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
settings.register_profile("thorough", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

PROFILE_NAME = "thorough" if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else "robust"
PROFILE = settings.get_profile(PROFILE_NAME)
