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

import static org.biadeposit.validate.Findings.Section.FILE_LISTS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.FileListBuilder;
import org.biadeposit.rembi.MultiFileImages;
import org.biadeposit.rembi.Place;

/**
 * Multi-file images are deposited whole: an image that any File-list lists (by any of its files) has every file in
 * the same File-list, each row saying in its {@code Multi-file image} cell which image it is part of. Without one TIFF of a
 * companion set, the {@code .ids} of an ICS pair or the {@code .zattrs} of a Zarr store, the deposited image cannot
 * be opened. An image none of whose files is listed is left out on purpose, which the deposition's own warning about
 * unlisted files already says.
 */
final class MultiFileRules {

	private static final String COLUMN = FileListBuilder.MULTI_FILE_IMAGE;

	/** How many missing files a message names before it counts the rest. */
	private static final int NAMED = 3;

	/** Where a path is listed. */
	private record Row(String list, int index) {}

	private final Findings out;

	MultiFileRules(Findings out) {
		this.out = out;
	}

	void check(Deposition d, MultiFileImages images) {
		if (images.members().isEmpty()) return;
		// only the rows of the images' files are kept, not one per file of the study
		Set<String> ofImages = new HashSet<>(images.members().keySet());
		images.members().values().forEach(ofImages::addAll);
		Map<String, Row> listed = new HashMap<>();
		Map<String, FileList.Row> rowOf = new HashMap<>();
		for (FileListRules.Listed l : FileListRules.listsOf(d)) {
			int r = 0;
			for (FileList.Row row : l.list().rows()) {
				if (row.path() != null && ofImages.contains(row.path()) && listed.putIfAbsent(row.path(), new Row(l
					.name(), r)) == null) {
					rowOf.put(row.path(), row);
				}
				r++;
			}
		}
		for (Map.Entry<String, List<String>> image : images.members().entrySet()) {
			check(image.getKey(), image.getValue(), listed, rowOf);
		}
	}

	private void check(String image, List<String> files, Map<String, Row> listed, Map<String, FileList.Row> rowOf) {
		String anchor = listed.containsKey(image) ? image : files.stream().filter(listed::containsKey).findFirst()
			.orElse(null);
		if (anchor == null) return; // not deposited at all
		Row home = listed.get(anchor);
		Place where = Places.row(home.list(), home.index(), anchor);
		List<String> missing = new ArrayList<>();
		Set<String> otherLists = new LinkedHashSet<>();
		for (String f : files) {
			Row at = listed.get(f);
			if (at == null) missing.add(f);
			else if (!at.list().equals(home.list())) otherLists.add(at.list());
		}
		if (!missing.isEmpty()) {
			out.error(FILE_LISTS, where, "the multi-file image " + image + " would be deposited without " + missing
				.size() + " of its " + files.size() + " files: " + named(missing) + "; it cannot be opened without " +
				"them. Select every file of the image for the same study component or annotation set (widen its " +
				"files: in deposit.yaml), or leave the whole image out");
		}
		if (!otherLists.isEmpty()) {
			out.error(FILE_LISTS, where, "the files of the multi-file image " + image + " are split between " +
				"File-list " + home.list() + " and File-list " + String.join(", ", otherLists) + "; they are one " +
				"image, so select all of them for one study component or annotation set in deposit.yaml");
		}
		List<String> unnamed = new ArrayList<>();
		for (String f : files) {
			if (listed.containsKey(f) && !image.equals(rowOf.get(f).values().get(COLUMN))) unnamed.add(f);
		}
		if (!unnamed.isEmpty()) {
			Row at = listed.get(unnamed.get(0));
			out.warning(FILE_LISTS, Places.row(at.list(), at.index(), unnamed.get(0)), unnamed.size() + " file(s) " +
				"of the multi-file image " + image + " do not name it in their " + COLUMN + " cell: " + named(
					unnamed) + "; put " + image + " there (or let bia-deposit build the File-list), so that the " +
				"archive opens them as one image");
		}
	}

	/** "a, b, c and 4 more". */
	private static String named(List<String> files) {
		String shown = String.join(", ", files.subList(0, Math.min(NAMED, files.size())));
		return files.size() > NAMED ? shown + " and " + (files.size() - NAMED) + " more" : shown;
	}
}
