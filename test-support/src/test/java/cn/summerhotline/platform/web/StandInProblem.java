package cn.summerhotline.platform.web;

/**
 * Stands in for the platform's problem types (ApiProblem) in the layouts the architecture rules are tested
 * on: test-support cannot depend on platform, whose own tests use test-support.
 */
public class StandInProblem extends RuntimeException {}
