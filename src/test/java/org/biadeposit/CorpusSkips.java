/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
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
