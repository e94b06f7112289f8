package org.biadeposit;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line at the end of a test run saying how many tests (or test classes) were skipped because the
 * third-party test corpus is not there, and how to run them. Registered through META-INF/services.
 */
public final class CorpusSkips implements TestExecutionListener {

	private final AtomicInteger tests = new AtomicInteger(), containers = new AtomicInteger();
	private volatile String reason;

	@Override
	public void executionFinished(TestIdentifier id, TestExecutionResult result) {
		if (result.getStatus() != TestExecutionResult.Status.ABORTED) return;
		String message = result.getThrowable().map(Throwable::getMessage).orElse("");
		if (message == null || !message.contains(TestData.SKIPPED)) return;
		reason = message.substring(message.indexOf(TestData.SKIPPED));
		(id.isContainer() ? containers : tests).incrementAndGet();
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		if (reason == null) return;
		System.out.println("[bia-deposit] skipped " + tests.get() + " test(s) and " + containers.get() +
			" test class(es) that read real files: " + reason + ". Put the corpus at ../shared/testdata or set " +
			"BIA_TESTDATA to run them; CI sets BIA_REQUIRE_TESTDATA=1 so that a missing corpus fails.");
	}
}
