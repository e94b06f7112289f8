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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
	/** The most entries (folders, and files in folders shared with another acquisition) a proposed rule lists. */
	static final int RULE_ENTRIES = 20;

	/**
	 * What one acquisition covers.
	 *
	 * @param comment e.g. "24 images in wild-type/day-00 (12), knock-out/day-00 (12)"
	 * @param rule its proposed {@code files:} rule: the folders its images are in, each image file by itself where
	 *          another acquisition's images share its folder (or one inside it); empty when that would take more
	 *          than {@link #RULE_ENTRIES} entries
	 */
	public record Coverage(String comment, List<String> rule) {}

	private AcquisitionCoverage() {}

	/**
	 * What each acquisition covers, by title.
	 *
	 * @param groups the images of these files grouped by set-up (the build's {@link AcquisitionGrouper#group})
	 */
	public static Map<String, Coverage> of(Path root, List<HarvestedFile> harvested,
		List<AcquisitionGrouper.Group> groups)
	{
		// each image's group is found again by its settings: the harvest may hand out new record objects each time
		Map<AcquisitionGrouper.Settings, String> titles = new HashMap<>();
		Map<String, Map<String, Folder>> byTitle = new LinkedHashMap<>();
		for (AcquisitionGrouper.Group g : groups) {
			titles.put(AcquisitionGrouper.Settings.of(g.images().get(0)), g.acquisition().title());
			byTitle.put(g.acquisition().title(), new TreeMap<>());
		}
		ImageRecord previous = null;
		String previousTitle = null;
		Path base = root.toAbsolutePath().normalize();
		for (HarvestedFile h : harvested) {
			Set<String> counted = new HashSet<>(2);
			String[] place = null; // the file's folder and its own name, from the root
			for (ImageRecord r : HarvestedImages.unnamed(h)) {
				String title = previous != null && AcquisitionGrouper.Settings.sameParts(previous, r) ? previousTitle
					: titles.get(AcquisitionGrouper.Settings.of(r));
				previous = r;
				previousTitle = title;
				// images, not series: a file of several series counts once
				if (title == null || !counted.add(title)) continue;
				if (place == null) place = place(base, h.path());
				byTitle.get(title).computeIfAbsent(place[0], k -> new Folder()).add(place[1]);
			}
		}
		Map<String, Coverage> out = new LinkedHashMap<>();
		for (Map.Entry<String, Map<String, Folder>> e : byTitle.entrySet()) {
			List<String> rule = new ArrayList<>();
			for (Map.Entry<String, Folder> f : e.getValue().entrySet()) {
				if (alone(f.getKey(), e.getKey(), byTitle)) rule.add(f.getKey());
				else rule.addAll(f.getValue().names);
			}
			Map<String, Integer> counts = new TreeMap<>();
			e.getValue().forEach((k, v) -> counts.put(k, v.count));
			out.put(e.getKey(), new Coverage(describe(counts), rule.size() <= RULE_ENTRIES ? rule : List.of()));
		}
		return out;
	}

	/**
	 * One acquisition's images in one folder: how many, and the names of the first few. A rule lists a folder's files
	 * one by one only when that takes at most {@link #RULE_ENTRIES} entries, so more names are never needed: a study
	 * of millions of files held every file's name here to the end of {@code bia init}.
	 */
	private static final class Folder {

		int count;
		final List<String> names = new ArrayList<>();

		void add(String name) {
			count++;
			if (names.size() <= RULE_ENTRIES) names.add(name); // one more than a rule takes: it is too long then
		}
	}

	/** Whether a folder holds images of this acquisition only, in it and below it. */
	private static boolean alone(String folder, String title, Map<String, Map<String, Folder>> byTitle) {
		if (folder.equals(".")) return false;
		for (Map.Entry<String, Map<String, Folder>> o : byTitle.entrySet()) {
			if (o.getKey().equals(title)) continue;
			for (String g : o.getValue().keySet()) {
				if (g.equals(folder) || g.startsWith(folder + "/")) return false;
			}
		}
		return true;
	}

	/**
	 * A file's folder ("." for the root itself or a folder outside it) and its path, from the root ({@code base},
	 * absolute and normal). The file's path is made absolute and normal once, and both are cut from its text: a
	 * study of 125,000 files made each of them five times, relativized twice, on the one thread init then runs.
	 */
	static String[] place(Path base, Path file) {
		Path p = file.toAbsolutePath().normalize();
		if (!p.startsWith(base) || p.getNameCount() == base.getNameCount()) {
			Path parent = p.getParent();
			String folder = ".";
			if (parent != null && parent.startsWith(base)) {
				String rel = base.relativize(parent).toString().replace('\\', '/');
				if (!rel.isEmpty()) folder = rel;
			}
			return new String[] { folder, base.relativize(p).toString().replace('\\', '/') };
		}
		// below the root: its text is the root's, a separator (none after a root that ends in one) and the names
		String b = base.toString();
		String separator = p.getFileSystem().getSeparator();
		String rel = p.toString().substring(b.endsWith(separator) ? b.length() : b.length() + separator.length());
		int last = rel.lastIndexOf(separator); // the folder ends there, whatever the name holds
		return new String[] { last < 0 ? "." : rel.substring(0, last).replace('\\', '/'), rel.replace('\\', '/') };
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
