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
