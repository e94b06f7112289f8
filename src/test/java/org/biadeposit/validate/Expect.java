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
package org.biadeposit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.Problem.Severity;

/** Assertions on reports: the problem at a place, with its severity and the phrases its message must contain. */
final class Expect {

	private Expect() {}

	/** The report has exactly this one problem. */
	static Problem only(Report r, Severity severity, String where, String... phrases) {
		assertEquals(1, r.problems().size(), "expected one problem, got:\n" + r.toText());
		return at(r, severity, where, phrases);
	}

	/** The report has exactly one problem at this place (and maybe others elsewhere). */
	static Problem at(Report r, Severity severity, String where, String... phrases) {
		List<Problem> here = r.problems().stream().filter(p -> where.equals(p.where())).toList();
		assertEquals(1, here.size(), "expected one problem at " + where + ", got:\n" + r.toText());
		Problem p = here.get(0);
		assertEquals(severity, p.severity(), p.toString());
		for (String phrase : phrases) {
			assertTrue(p.message().contains(phrase), "\"" + phrase + "\" missing from: " + p.message());
		}
		return p;
	}

	/** No problem at all. */
	static void none(Report r) {
		assertEquals(List.of(), r.problems(), r.toText());
	}
}
