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

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.pagetab.Attribute;
import org.biadeposit.pagetab.FileListFormat;
import org.biadeposit.pagetab.FileRef;
import org.biadeposit.pagetab.PageTabFileList;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.StudyComponent;
import org.biadeposit.rembi.yaml.DepositYaml;
import org.biadeposit.rembi.yaml.DepositYamlStarter;
import org.biadeposit.rembi.yaml.DepositYamlWriter;

/**
 * Writes the seed corpora of the fuzz tests from our own code: deposit.yaml as bia init and the wizard write it
 * (and the example we ship), with small mutations of the kinds the adversarial test used; path patterns with paths;
 * File-lists as we write them. Run from the project folder with the test class path:
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.biadeposit.FuzzSeeds}.
 */
public final class FuzzSeeds {

	private static final Path RESOURCES = Path.of("src", "test", "resources", "org", "biadeposit");

	private FuzzSeeds() {}

	public static void main(String[] args) throws IOException {
		depositYaml(RESOURCES.resolve("rembi/yaml/DepositYamlFuzzTestInputs/readingNeverThrows"));
		pathPatterns(RESOURCES.resolve("rembi/PathPatternFuzzTestInputs/compileAndMatch"));
		fileLists(RESOURCES.resolve("pagetab/FileListFuzzTestInputs"));
	}

	private static void write(Path folder, String name, String text) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static void depositYaml(Path out) throws IOException {
		Path example = Path.of("examples", "deposit.yaml");
		Deposition read = DepositYaml.read(example, example.getParent()).deposition();
		String written = DepositYamlWriter.write(read);
		write(out, "written-example", written);
		ImageAcquisition a = new ImageAcquisition("Confocal, 63x objective, LSM 880: \"special\" #1", "Zeiss LSM 880; " +
			"objective Plan-Apochromat 63x/1.4", "excitation 488 nm\nemission 520 nm", List.of());
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("Treatment", "none");
		StudyComponent cells = new StudyComponent("cells", "HeLa cells", new FileSelection(List.of("cells"), List.of(
			"plate*/**/*.tif"), "{plate}/{well}_*.tif", null, columns), List.of(new Associations("HeLa", "Fixed", a.title(),
				null, null)), null);
		StudyComponent tissue = new StudyComponent("tissue", null, new FileSelection(List.of(), List.of(), null,
			"tissue/extra.tsv"), null, null);
		Deposition built = new Deposition(Path.of("."), null, null, List.of(), List.of(), List.of(a), List.of(), List
			.of(), List.of(cells, tissue), List.of());
		String starter = DepositYamlStarter.write(built, LocalDate.of(2026, 12, 1));
		write(out, "starter", starter);
		write(out, "wizard", DepositYamlWriter.write(built));
		// mutations of the kinds the adversarial test made
		write(out, "misspelt-licence", starter.replace("license:", "lisence:"));
		write(out, "unclosed-pattern", written.replace("files: cells", "files: cells\n    pattern: \"{unclosed/*.tif\""));
		write(out, "name-twice", written.replace("files: cells", "pattern: \"{a}{a}.tif\""));
		write(out, "glob-separator", written.replace("files: cells", "files: \"[/]etc/*\""));
		write(out, "columns-outside", written.replace("files: cells", "files: cells\n    columns: ../../etc/passwd"));
		write(out, "tabs", starter.replace("  title:", "\ttitle:"));
		write(out, "anchors", "study: &s\n  title: &t Shared\n  keywords: [*t, *t]\nbiosamples:\n  A: &b\n    " +
			"description: x\n  B:\n    <<: *b\n    organism: *t\n");
		write(out, "flow", "{study: {title: x, authors: [{first_name: A, affiliations: [o1]}], organisations: " +
			"{o1: {name: O}}}, study_component: {c: {files: [a, 'b/*.tif']}}}\n");
	}

	private static void pathPatterns(Path out) throws IOException {
		write(out, "columns", "{donor}/{condition}/day{day}/*.tif\nd1/ctrl/day3/a.tif");
		write(out, "any-folders", "**/*.tif\na/b/c.tif");
		write(out, "mask", "masks/{name}_mask.png\nmasks/cell1_mask.png");
		write(out, "one-character", "plate?/{well}_*.tif\nplate1/A01_s1.tif");
		write(out, "unclosed", "{unclosed/*.tif\nx/a.tif");
		write(out, "twice", "{a}{a}.tif\naa.tif");
		write(out, "adjacent", "{plate}{well}*.tif\np1A01x.tif");
		write(out, "no-match", "{a}_{b}_{c}.tif\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.png");
	}

	private static void fileLists(Path out) throws IOException {
		PageTabFileList list = new PageTabFileList(
			List.of(FileRef.of("cells/a.tif", List.of(Attribute.of("Channels", "3"),
			Attribute.of("Treatment", "none"))), FileRef.of("cells/b c.tif", List.of(Attribute.of("Channels", "2"))),
			new FileRef("cells/c.ome.tif", "file", 1234L, List.of(Attribute.of("Fluorophores", "DAPI; GFP"))),
			FileRef.of("ünïcödé/細胞.tif", List.of())));
		for (FileListFormat f : FileListFormat.values()) {
			StringWriter w = new StringWriter();
			f.write(list, w);
			String name = f.extension();
			write(out.resolve(name), "list", w.toString());
			write(out.resolve(name), "header-only", w.toString().substring(0, w.toString().indexOf('\n') + 1));
		}
		write(out.resolve("tsv"), "bad-header", "File\tChannels\na.tif\t3\n");
		write(out.resolve("json"), "object", "{\"path\": \"a.tif\", \"size\": 1, \"attributes\": []}\n");
	}
}
