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

import static org.biadeposit.rembi.Problem.Severity.ERROR;
import static org.biadeposit.rembi.Problem.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.RembiFields;
import org.biadeposit.rembi.RembiFields.Field;
import org.biadeposit.rembi.RembiFields.Module;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyFields;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The REMBI field table, walked: every field it says is required (or recommended), left empty in an otherwise
 * valid deposition, is the one error (warning), at the field's key, with the table's message (a field checked by a rule of its own, such as the
 * organism or the imaging method, gives that rule's error at its key). The study's own scalar fields too.
 */
class RequiredFieldsTest {

	@TempDir
	Path root;

	static Stream<Arguments> requiredFields() {
		List<Arguments> out = new ArrayList<>();
		for (Module<?> m : RembiFields.MODULES) {
			for (Field<?> f : m.fields()) {
				if (f.need() != RembiFields.Need.OPTIONAL) out.add(Arguments.of(m.key() + "." + f.key(), m, f));
			}
		}
		return out.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requiredFields")
	<T> void aRequiredFieldLeftEmptyIsTheErrorTheTableSays(String name, Module<T> kind, Field<T> field) {
		Draft d = Draft.good(root);
		Expect.none(d.validate());
		List<T> modules = modules(d, kind);
		T first = modules.get(0);
		modules.set(0, field.with().apply(first, null));
		assertEquals(null, field.value().apply(modules.get(0)), "emptied");

		String place = "deposit.yaml " + kind.key() + ".\"" + kind.title().apply(first) + "\"." + field.key();
		List<Problem> problems = d.validate().problems();
		assertEquals(1, problems.size(), problems.toString());
		Problem p = problems.get(0);
		assertEquals(field.isRequired() ? ERROR : WARNING, p.severity(), p.toString());
		if (field.missing() != null) {
			assertEquals(place, p.where());
			assertEquals(field.missing(), p.message());
		}
		else {
			assertTrue(p.where().startsWith(place), p + " is not at " + place);
		}
	}

	static Stream<Arguments> requiredStudyFields() {
		List<Arguments> out = new ArrayList<>();
		for (Field<Study> f : StudyFields.ALL) {
			if (f.need() != RembiFields.Need.OPTIONAL) out.add(Arguments.of(StudyFields.path(f), f));
		}
		return out.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requiredStudyFields")
	void aRequiredStudyFieldLeftEmptyIsTheErrorTheTableSays(String name, Field<Study> field) {
		Draft d = Draft.good(root);
		Expect.none(d.validate());
		Deposition good = d.build();
		Study emptied = field.with().apply(good.study(), null);
		assertEquals(null, field.value().apply(emptied), "emptied");
		Deposition without = new Deposition(good.root(), good.config(), emptied, good.biosamples(), good.specimens(),
			good.acquisitions(), good.analyses(), good.correlations(), good.components(), good.annotations());

		List<Problem> problems = DepositionValidator.validate(without, Draft.TODAY).problems();
		assertEquals(1, problems.size(), problems.toString());
		Problem p = problems.get(0);
		assertEquals(field.isRequired() ? ERROR : WARNING, p.severity(), p.toString());
		assertEquals("deposit.yaml " + StudyFields.path(field), p.where());
		if (field.missing() != null) assertEquals(field.missing(), p.message());
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> modules(Draft d, Module<T> kind) {
		Object all = switch (kind.key()) {
			case "biosamples" -> d.biosamples;
			case "specimens" -> d.specimens;
			case "acquisitions" -> d.acquisitions;
			case "correlations" -> d.correlations;
			case "analysis" -> d.analyses;
			default -> d.annotations;
		};
		return (List<T>) all;
	}
}
