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
package org.biadeposit.rembi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.ImageRecord;

/**
 * Which folders, and how many images in each, every proposed image acquisition covers: what {@code bia init} writes
 * beside each acquisition so that a microscopist can tell the set-ups apart ("24 images: wild-type/day-00 (12),
 * knock-out/day-00 (12)").
 */
public final class AcquisitionCoverage {

	/** The most folders named one by one; the rest are counted. */
	static final int FOLDERS_NAMED = 5;

	private AcquisitionCoverage() {}

	/** The comment for each acquisition title {@link AcquisitionGrouper#group} gives these files. */
	public static Map<String, String> of(Path root, List<HarvestedFile> harvested) {
		List<ImageRecord> records = new ArrayList<>();
		Map<ImageRecord, Path> fileOf = new IdentityHashMap<>();
		for (HarvestedFile h : harvested) {
			for (ImageRecord r : h.records()) {
				records.add(r);
				fileOf.put(r, h.path());
			}
		}
		Map<String, String> out = new LinkedHashMap<>();
		for (AcquisitionGrouper.Group g : AcquisitionGrouper.group(records)) {
			Map<String, Integer> folders = new TreeMap<>();
			Map<Path, Boolean> seen = new HashMap<>();
			for (ImageRecord r : g.images()) {
				Path file = fileOf.get(r);
				// images, not series: a file of several series counts once
				if (seen.put(file, Boolean.TRUE) != null) continue;
				folders.merge(folder(root, file), 1, Integer::sum);
			}
			out.put(g.acquisition().title(), describe(folders));
		}
		return out;
	}

	private static String folder(Path root, Path file) {
		Path parent = file.getParent();
		Path base = root.toAbsolutePath().normalize();
		if (parent == null || !parent.toAbsolutePath().normalize().startsWith(base)) return ".";
		String rel = base.relativize(parent.toAbsolutePath().normalize()).toString().replace('\\', '/');
		return rel.isEmpty() ? "." : rel;
	}

	private static String describe(Map<String, Integer> folders) {
		int images = folders.values().stream().mapToInt(Integer::intValue).sum();
		List<String> named = new ArrayList<>();
		for (Map.Entry<String, Integer> e : folders.entrySet()) {
			if (named.size() == FOLDERS_NAMED) break;
			named.add((e.getKey().equals(".") ? "the dataset folder itself" : e.getKey()) + " (" + e.getValue() +
				")");
		}
		int more = folders.size() - named.size();
		return images + (images == 1 ? " image" : " images") + " in " + String.join(", ", named) + (more > 0 ? " and " +
			more + " more folder" + (more == 1 ? "" : "s") : "");
	}
}
