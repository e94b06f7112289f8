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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biadeposit.rembi.Deposition;
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

	private final Findings out;

	MultiFileRules(Findings out) {
		this.out = out;
	}

	/** @param listed the paths of every File-list of {@code d}, as the File-list checks found them */
	void check(Deposition d, MultiFileImages images, ListedPaths listed) {
		if (images.members().isEmpty()) return;
		List<String> names = FileListRules.listsOf(d).stream().map(FileListRules.Listed::name).toList();
		for (Map.Entry<String, List<String>> image : images.members().entrySet()) {
			check(image.getKey(), image.getValue(), listed, names);
		}
	}

	private void check(String image, List<String> files, ListedPaths listed, List<String> names) {
		int anchor = listed.find(image);
		String anchorPath = image;
		for (int i = 0; anchor == ListedPaths.NONE && i < files.size(); i++) {
			anchor = listed.find(files.get(i));
			anchorPath = files.get(i);
		}
		if (anchor == ListedPaths.NONE) return; // not deposited at all
		int home = listed.list(anchor);
		Place where = Places.row(names.get(home), listed.row(anchor), anchorPath);
		List<String> missing = new ArrayList<>();
		Set<String> otherLists = new LinkedHashSet<>();
		List<String> unnamed = new ArrayList<>();
		int firstUnnamed = ListedPaths.NONE;
		for (String f : files) {
			int at = listed.find(f);
			if (at == ListedPaths.NONE) {
				missing.add(f);
				continue;
			}
			if (!names.get(listed.list(at)).equals(names.get(home))) otherLists.add(names.get(listed.list(at)));
			if (!image.equals(listed.rowAt(at).values().get(COLUMN))) {
				if (unnamed.isEmpty()) firstUnnamed = at;
				unnamed.add(f);
			}
		}
		if (!missing.isEmpty()) {
			out.error(FILE_LISTS, where, "the multi-file image " + image + " would be deposited without " + missing
				.size() + " of its " + files.size() + " files: " + named(missing) + "; it cannot be opened without " +
				"them. Select every file of the image for the same study component or annotation set (widen its " +
				"files: in deposit.yaml), or leave the whole image out");
		}
		if (!otherLists.isEmpty()) {
			out.error(FILE_LISTS, where, "the files of the multi-file image " + image + " are split between " +
				"File-list " + names.get(home) + " and File-list " + String.join(", ", otherLists) + "; they are one " +
				"image, so select all of them for one study component or annotation set in deposit.yaml");
		}
		if (!unnamed.isEmpty()) {
			out.warning(FILE_LISTS, Places.row(names.get(listed.list(firstUnnamed)), listed.row(firstUnnamed), unnamed
				.get(0)), unnamed.size() + " file(s) of the multi-file image " + image + " do not name it in their " +
					COLUMN + " cell: " + named(unnamed) + "; put " + image + " there (or let bia-deposit build the " +
					"File-list), so that the archive opens them as one image");
		}
	}

	/** "a, b, c and 4 more". */
	private static String named(List<String> files) {
		String shown = String.join(", ", files.subList(0, Math.min(NAMED, files.size())));
		return files.size() > NAMED ? shown + " and " + (files.size() - NAMED) + " more" : shown;
	}
}
