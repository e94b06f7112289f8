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
package org.biadeposit.rembi.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.ImageAcquisition.ImagingMethod;
import org.biadeposit.rembi.ImageAnalysis;
import org.biadeposit.rembi.ImageCorrelation;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.Study.Author;
import org.biadeposit.rembi.Study.Organisation;
import org.biadeposit.rembi.StudyComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8, item 15: what {@code bia init} and the wizard write into deposit.yaml always reads back, and reads back
 * as the same text, however long or odd a harvested or typed value is.
 */
class DepositYamlWriteBackTest {

	@TempDir
	Path tmp;

	/** A microscope model of the given length, such as a crafted file's metadata may hold. */
	private static String model(int length) {
		StringBuilder s = new StringBuilder("LSM");
		for (int i = 0; s.length() < length; i++) s.append((char) ('a' + i % 26));
		return s.substring(0, length);
	}

	private DepositYaml.Reading readBack(String yaml) throws IOException {
		Path file = tmp.resolve("deposit.yaml");
		Files.writeString(file, yaml, StandardCharsets.UTF_8);
		return DepositYaml.read(file, tmp);
	}

	/** What bia init is given: acquisitions grouped from the harvest, one component per folder. */
	private static Deposition harvested(String model) {
		String title = "Confocal microscopy, 63x objective, " + model;
		ImageAcquisition a = new ImageAcquisition(title, "Zeiss " + model + " (inverted)", "excitation 488 nm", List
			.of(new ImagingMethod("confocal microscopy", "http://purl.obolibrary.org/obo/FBbi_00000251",
				"Biological Imaging Methods Ontology (FBbi)")));
		StudyComponent c = new StudyComponent("cells", null, new FileSelection(List.of("cells"), List.of(), null,
			null), List.of(new Associations(null, null, title, null, null)), null);
		return new Deposition(Path.of("."), null, null, List.of(), List.of(), List.of(a), List.of(), List.of(), List
			.of(c), List.of());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1100, 100_000 })
	void whatInitWritesForALongMicroscopeModelReadsBack(int length) throws IOException {
		Deposition built = harvested(model(length));
		DepositYaml.Reading r = readBack(DepositYamlStarter.write(built, LocalDate.of(2026, 12, 1)));
		assertFalse(r.hasErrors(), () -> r.problems().toString());
		assertEquals(built.acquisitions(), r.deposition().acquisitions());
		assertEquals(built.acquisitions().get(0).title(), r.deposition().components().get(0).firstAssociations()
			.acquisition());
	}

	@Test
	void whatInitWritesForModelsLongerThanDepositYamlTakesStillReadsBack() throws IOException {
		List<ImageAcquisition> many = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String m = i + model(DepositYaml.MAX_VALUE_CHARS + 10);
			many.add(new ImageAcquisition(m, m, m, List.of()));
		}
		Deposition built = new Deposition(Path.of("."), null, null, List.of(), List.of(), many, List.of(), List.of(),
			List.of(), List.of());
		String yaml = DepositYamlStarter.write(built, LocalDate.of(2026, 12, 1));
		assertTrue(yaml.length() <= DepositYaml.MAX_FILE_BYTES, "within the size deposit.yaml is read up to");
		DepositYaml.Reading r = readBack(yaml);
		assertFalse(r.hasErrors(), () -> r.problems().toString().substring(0, 2000));
		assertEquals(6, r.deposition().acquisitions().size(), "shortened titles stay distinct");
		assertTrue(yaml.contains("shortened"), "the file says a harvested text was shortened");
	}

	/** The strings the adversarial test wrote, and what a harvest can bring. */
	private static final List<String> ODD = List.of(model(1100), model(100_000), "a: b", "key: value # not a comment",
		"# hash first", "- dash first", "* star", "& ampersand", "! bang", "% percent", "@ at", "` backtick",
		"| pipe", "> greater", "? question", "{braces}", "[brackets]", "'single' quotes", "\"double\" quotes",
		"back\\slash", "tab\there", "line\nbreak", "crlf\r\nbreak", "bell\u0007 and nul\u0000 and esc\u001b",
		"del\u007f", "nel\u0085 line sep\u2028 para sep\u2029", "bom\ufeff inside", "lone \ud800 surrogate",
		"emoji 🔬 and 細胞 and Ünïcödé", "null", "~", "true", "no", "0123", "1e5", "2027-06-30", "12:30", "0x1F",
		".inf", "---", "...", "<<", "=", "a  double  space", "trailing\\", "\"", "'", "x".repeat(1025), ("word " +
			"y".repeat(300) + " ").repeat(20).strip(), " ".repeat(500).replace(" ", "a ") + "end");

	/** A deposition with the text in every field, or (for a text longer than 10,000 characters) in a few. */
	private static Deposition everywhere(String text, String other) {
		if (text.length() > 10_000) {
			ImageAcquisition a = new ImageAcquisition(text, text, other, List.of());
			StudyComponent c = new StudyComponent(other, null, null, List.of(new Associations(null, null, text, null, null)),
				null);
			return new Deposition(Path.of("."), null, new Study(other, text, null, null, null, null, "CC0", null, null,
				null, null, null, null), List.of(), List.of(), List.of(a), List.of(), List.of(), List.of(c), List
					.of());
		}
		Study study = new Study(text, text, LocalDate.of(2027, 6, 30), List.of(text, other), List.of(new Author(text,
			text, text, text, List.of(text), List.of("o1"))), List.of(new Organisation("o1", text, text, text)),
			"CC0", List.of(), text, text, List.of(), List.of(), text);
		Biosample b = new Biosample(text, new Biosample.Organism(text, text, text), text, text, text, text, text);
		Specimen s = new Specimen(text, text, text);
		ImageAcquisition a = new ImageAcquisition(text, text, text, List.of(new ImagingMethod(text, text, text)));
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put(text, text);
		StudyComponent c = new StudyComponent(text, text, new FileSelection(List.of(), List.of(), null, null,
			columns), List.of(new Associations(text, text, text, null, null)), null);
		AnnotationSet an = new AnnotationSet(text, text, text, text, text, text, text, null, text, null);
		return new Deposition(Path.of("."), null, study, List.of(b), List.of(s), List.of(a), List.of(new ImageAnalysis(
			text, text)), List.of(new ImageCorrelation(text, text, text, text)), List.of(c), List.of(an));
	}

	private void assertWritesBack(String written) throws IOException {
		String text = written.strip();
		if (text.isEmpty()) return; // blank means "not given" in deposit.yaml
		Deposition d = everywhere(text, "other");
		String yaml = DepositYamlWriter.write(d);
		DepositYaml.Reading r = readBack(yaml);
		String shown = text.length() > 60 ? text.substring(0, 60) + "… (" + text.length() + " characters)" : text;
		assertEquals(List.of(), r.problems(), () -> "for " + shown);
		Deposition back = r.deposition();
		assertEquals(d.study(), back.study(), () -> "for " + shown);
		assertEquals(d.biosamples(), back.biosamples(), () -> "for " + shown);
		assertEquals(d.specimens(), back.specimens(), () -> "for " + shown);
		assertEquals(d.acquisitions(), back.acquisitions(), () -> "for " + shown);
		assertEquals(d.analyses(), back.analyses(), () -> "for " + shown);
		assertEquals(d.correlations(), back.correlations(), () -> "for " + shown);
		assertEquals(d.components(), back.components(), () -> "for " + shown);
		assertEquals(d.annotations(), back.annotations(), () -> "for " + shown);
	}

	@Test
	void theWizardWritesOddAndLongTextsSoThatTheyReadBackTheSame() throws IOException {
		for (String text : ODD) assertWritesBack(text);
	}

	@Test
	void generatedTextsReadBackTheSame() throws IOException {
		String alphabet = "aZ09 -_.,:;#&*!|>'\"%@`?{}[]\\/<=~+\t\n\r\u0000\u0001\u001f\u007f\u0085\u00a0\u2028\ufeffé細🔬";
		int[] codePoints = alphabet.codePoints().toArray();
		Random random = new Random(8);
		for (int n = 0; n < 120; n++) {
			int length = 1 + random.nextInt(n < 115 ? 40 : 3000);
			StringBuilder s = new StringBuilder();
			for (int i = 0; i < length; i++) s.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
			assertWritesBack(s.toString());
		}
	}
}
