"""Tests of `service.cleaning`, a module per concern of the package.

The documents under tests/data were written for these tests. The seed checks read the gold
annotations in ../shared/eval when that folder exists and skip otherwise.
"""
