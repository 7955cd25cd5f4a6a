"""Tests of firesld."""
