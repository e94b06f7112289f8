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
package org.biadeposit.pagetab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.OntologyTerm;
import org.biadeposit.rembi.RembiFields;
import org.biadeposit.rembi.RembiFields.Field;
import org.biadeposit.rembi.RembiFields.Module;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.biadeposit.rembi.StudyFields;
import org.biadeposit.rembi.yaml.DepositYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The REMBI field table, walked: every field set in deposit.yaml under the key the table names reaches the PageTab
 * attribute the table names, in a section of the module's type, and comes back through import. Association rows
 * too, under the component's key and under bia-agent's spelling in its top-level associations mapping; and the
 * study's own scalar fields, under their key and the other keys deposit.yaml takes for them.
 */
class RembiFieldsRoundTripTest {

	@TempDir
	Path root;

	static Stream<Arguments> fields() {
		List<Arguments> out = new ArrayList<>();
		for (Module<?> m : RembiFields.MODULES) {
			for (Field<?> f : m.fields()) out.add(Arguments.of(m.key() + "." + f.key(), m, f));
		}
		return out.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fields")
	<T> void aFieldSetInDepositYamlReachesItsAttributeAndComesBackThroughImport(String name, Module<T> kind,
		Field<T> field) throws IOException
	{
		String value = valueFor(field);
		Deposition read = read(kind.key() + ":\n  Module one:\n    " + field.key() + ": " + value + "\n");
		assertEquals(value, field.value().apply(only(kind, read)), "read from deposit.yaml");

		Submission s = DepositionPageTab.submission(read);
		List<Section> sections = s.sections(kind.sectionType());
		assertEquals(1, sections.size(), "sections of type " + kind.sectionType());
		assertEquals(value, sections.get(0).attribute(field.attribute()), "attribute " + field.attribute());
		assertEquals("Module one", sections.get(0).attribute("Title"));

		Deposition imported = PageTabImport.read(s, root, root.resolve("deposit.yaml")).deposition();
		T back = only(kind, imported);
		assertEquals("Module one", kind.title().apply(back));
		assertEquals(value, field.value().apply(back), "imported from attribute " + field.attribute());
	}

	static Stream<Arguments> rowColumns() {
		List<Arguments> out = new ArrayList<>();
		for (Field<?> f : RembiFields.ROW) {
			out.add(Arguments.of(f.key(), f, false));
			for (String alias : f.aliases()) out.add(Arguments.of("associations: " + alias, f, true));
		}
		return out.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rowColumns")
	void anAssociationColumnReachesItsAttributeAndComesBackThroughImport(String name,
		Field<Associations> column, boolean biaAgent) throws IOException
	{
		String yaml = "study_component:\n  Part one:\n    description: the images of part one\n";
		yaml += biaAgent ? "associations:\n  Part one:\n    " + column.aliases().get(0) + ": Module one\n"
			: "    " + column.key() + ": Module one\n";
		Deposition read = read(yaml);
		assertEquals(1, read.components().size());
		assertEquals("Module one", column.value().apply(read.components().get(0).firstAssociations()));

		Submission s = DepositionPageTab.submission(read);
		Section component = s.sections("Study Component").get(0);
		List<Section> rows = component.subsections("Associations");
		assertEquals(1, rows.size());
		assertEquals(List.of(column.attribute() + "=Module one"), rows.get(0).attributes().stream().map(a -> a
			.name() + "=" + a.value()).toList());

		StudyComponent back = PageTabImport.read(s, root, root.resolve("deposit.yaml")).deposition().components()
			.get(0);
		assertEquals(read.components().get(0).associations(), back.associations());
	}

	static Stream<Arguments> studyFields() {
		List<Arguments> out = new ArrayList<>();
		for (Field<Study> f : StudyFields.ALL) {
			out.add(Arguments.of(StudyFields.path(f), f, f.key()));
			for (String alias : f.aliases()) out.add(Arguments.of(StudyFields.path(f) + " as " + alias, f, alias));
		}
		return out.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("studyFields")
	void aStudyFieldSetInDepositYamlReachesItsAttributeAndComesBackThroughImport(String name, Field<Study> field,
		String key) throws IOException
	{
		String value = studyValueFor(field);
		String parent = StudyFields.parent(field);
		Deposition read = read("study:\n  " + (parent == null ? "" : parent + ":\n    ") + key + ": " + value + "\n");
		assertEquals(value, field.value().apply(read.study()), "read from deposit.yaml");

		Submission s = DepositionPageTab.submission(read);
		assertEquals(value, s.section().attribute(field.attribute()), "attribute " + field.attribute());

		Deposition imported = PageTabImport.read(s, root, root.resolve("deposit.yaml")).deposition();
		assertEquals(value, field.value().apply(imported.study()), "imported from attribute " + field.attribute());
	}

	@Test
	void everyStudyFieldIsInTheTableOnce() {
		assertEquals(StudyFields.ALL.size(), StudyFields.ALL.stream().map(Field::key).distinct().count());
		assertEquals(StudyFields.ALL.size(), StudyFields.ALL.stream().map(Field::attribute).distinct().count());
	}

	@Test
	void everyModuleKindAndRowColumnIsInTheTableOnce() {
		assertEquals(RembiFields.MODULES.size(), RembiFields.MODULES.stream().map(Module::sectionType).distinct()
			.count());
		for (Module<?> m : RembiFields.ROW_MODULES) assertNotNull(RembiFields.rowColumn(m), m.sectionType());
		for (Module<?> m : RembiFields.MODULES) {
			assertEquals(m.fields().size(), m.keys().stream().distinct().count(), m.key());
			assertEquals(m.fields().size(), m.fields().stream().map(Field::attribute).distinct().count(), m.key());
		}
	}

	private Deposition read(String yaml) throws IOException {
		Path file = Files.writeString(root.resolve("deposit.yaml"), yaml);
		Deposition d = DepositYaml.read(file, root).deposition();
		assertNotNull(d, yaml);
		return d;
	}

	/** A value the field takes: a term the bundled tables know for the ontology-backed ones. */
	private static String valueFor(Field<?> f) {
		if (OntologyTerm.NCBI_TAXON.equals(f.ontology())) return "Danio rerio";
		if (OntologyTerm.FBBI.equals(f.ontology())) return "confocal microscopy";
		return "the " + f.key().replace('_', ' ') + " of module one";
	}

	/** A value the study field takes: a date, a licence BIA offers (not the default), or a text. */
	private static String studyValueFor(Field<Study> f) {
		if (f == StudyFields.RELEASE_DATE) return "2027-06-30";
		if (f == StudyFields.LICENSE) return "CC BY 4.0";
		return "the " + f.key().replace('_', ' ') + " of the study";
	}

	@SuppressWarnings("unchecked")
	private static <T> T only(Module<T> kind, Deposition d) {
		List<?> all = switch (kind.key()) {
			case "biosamples" -> d.biosamples();
			case "specimens" -> d.specimens();
			case "acquisitions" -> d.acquisitions();
			case "correlations" -> d.correlations();
			case "analysis" -> d.analyses();
			default -> d.annotations();
		};
		assertEquals(1, all.size(), kind.key());
		return (T) all.get(0);
	}
}
