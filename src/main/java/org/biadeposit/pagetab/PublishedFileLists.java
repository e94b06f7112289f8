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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.Published;
import org.biadeposit.rembi.StudyComponent;

/**
 * The File Lists a published study names, when they are beside its PageTab (as BioStudies serves them, {@code
 * S-BIAD1234/<list>.json}): each becomes a side table of its component or annotation set ({@code columns:} in
 * deposit.yaml), {@code <list>.columns.tsv} in the import folder, so that the file-level columns return when the
 * File-lists are built again from the data.
 */
public final class PublishedFileLists {

	/** What was written, and what could not be. */
	public record Tables(Deposition deposition, List<Path> written, List<String> warnings) {}

	private PublishedFileLists() {}

	/**
	 * @param beside the folder of the PageTab, where its File Lists may be
	 * @param out the import folder (the dataset folder of deposit.yaml)
	 */
	public static Tables attach(Deposition d, Path beside, Path out) throws IOException {
		List<Path> written = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		List<StudyComponent> components = new ArrayList<>();
		for (StudyComponent c : d.components()) {
			String table = table(d.published().kept(Published.key("component", c.name())).fileList(), beside, out,
				written, warnings);
			components.add(table == null ? c : new StudyComponent(c.name(), c.description(), selection(table), c
				.associations(), c.fileList(), c.key()));
		}
		List<AnnotationSet> sets = new ArrayList<>();
		for (AnnotationSet a : d.annotations()) {
			String table = table(d.published().kept(Published.key("annotation", a.title())).fileList(), beside, out,
				written, warnings);
			sets.add(table == null ? a : new AnnotationSet(a.title(), a.overview(), a.type(), a.method(), a
				.confidenceLevel(), a.criteria(), a.coverage(), selection(table), a.sourceImage(), a.fileList()));
		}
		Deposition with = new Deposition(d.root(), d.config(), d.study(), d.biosamples(), d.specimens(), d
			.acquisitions(), d.analyses(), d.correlations(), components, sets, d.published());
		return new Tables(with, written, warnings);
	}

	private static FileSelection selection(String table) {
		return new FileSelection(List.of(), List.of(), null, table);
	}

	/** Writes the side table of one File List found beside the PageTab; its name in the import folder, or null. */
	private static String table(String fileList, Path beside, Path out, List<Path> written, List<String> warnings)
		throws IOException
	{
		if (fileList == null || beside == null) return null;
		Path list = beside.resolve(fileList).normalize();
		if (!list.startsWith(beside.normalize())) return null;
		if (!Files.isRegularFile(list)) list = otherFormat(list);
		if (list == null) return null;
		String name = list.getFileName().toString();
		String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		Path target = out.resolve(stem + ".columns.tsv");
		try {
			PageTabFileList files = PageTabFileList.read(list);
			List<FileRef> plain = files.files().stream().map(f -> FileRef.of(f.path(), f.attributes().stream().map(
				a -> Attribute.of(a.name(), a.value())).toList())).toList();
			FileListFormat.TSV.write(new PageTabFileList(plain), target);
		}
		catch (IOException | IllegalArgumentException e) {
			warnings.add("the File List " + fileList + " beside the study could not be made a side table (" + e
				.getMessage() + "); its columns are not in deposit.yaml");
			return null;
		}
		written.add(target);
		return target.getFileName().toString();
	}

	/**
	 * The same File List in the other format BioStudies serves ({@code <list>.tsv} for {@code <list>.json} and back),
	 * when only that one is beside the study (a TSV PageTab may name its lists {@code .json}, and the other way).
	 */
	private static Path otherFormat(Path list) {
		String name = list.getFileName().toString(), lower = name.toLowerCase(java.util.Locale.ROOT);
		String other = lower.endsWith(".json") ? ".tsv" : lower.endsWith(".tsv") ? ".json" : null;
		if (other == null) return null;
		Path candidate = list.resolveSibling(name.substring(0, name.lastIndexOf('.')) + other);
		return Files.isRegularFile(candidate) ? candidate : null;
	}
}
