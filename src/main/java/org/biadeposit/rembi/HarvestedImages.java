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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.harvest.DatasetFile;
import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.ImageRecord;
import org.biadeposit.harvest.PrintedRecords;

/**
 * One pass over what the harvest gave for a dataset folder, in order, and one over its files: which image each file
 * is or is part of ({@link DatasetImages}), the images made of several files ({@link MultiFileImages}), the images
 * grouped by instrument set-up, and what the walk could not reach. The image files are found among the files by
 * their paths in sorted order, not through a map of every path.
 */
final class HarvestedImages {

	/**
	 * @param images every file of the dataset (the walk's, and the hidden files of multi-file images) and its image
	 * @param groups the images grouped by set-up, each with the images that describe it (not every image)
	 */
	record Result(DatasetImages images, MultiFileImages multiFile, List<AcquisitionGrouper.Group> groups) {}

	/** An image file of the dataset: its path, its first record, how many it has, the paths of its other files. */
	private record Entry(String path, ImageRecord first, int series, int group, List<String> parts) {}

	/** A path to find among the files: an entry's own (part -1) or one of its parts. */
	private record Wanted(String path, int entry, int part) {}

	private HarvestedImages() {}

	/**
	 * @param acquisitions deposit.yaml's acquisitions, whose files: rules say which image each took; null when the
	 *          acquisitions are the groups of harvested set-ups
	 * @param problems where an error for each file or folder the walk could not reach is added, in walk order, and
	 *          then the rules' problems
	 */
	static Result read(DatasetHarvest harvest, List<ImageAcquisition> acquisitions, List<Problem> problems) {
		Path base = harvest.root().toAbsolutePath().normalize();
		AcquisitionGrouper.Grouping grouping = new AcquisitionGrouper.Grouping(false);
		List<Entry> entries = new ArrayList<>();
		for (HarvestedFile h : harvest.harvested()) {
			if (!h.reached()) {
				problems.add(Problem.error(Place.datasetFile(h.file()), h.error()));
				continue;
			}
			List<ImageRecord> records = unnamed(h);
			if (records.isEmpty()) continue;
			ImageRecord first = records.get(0);
			int group = grouping.add(first);
			for (int r = 1; r < records.size(); r++) grouping.add(records.get(r));
			Path path = h.path();
			if (path == null || !path.startsWith(base)) continue;
			String name = DatasetFile.relative(base, path);
			List<String> parts = null;
			if (h.usedFiles().size() > 1 && !path.equals(base)) {
				parts = new ArrayList<>();
				for (Path part : h.usedFiles()) {
					if (part.startsWith(base)) parts.add(DatasetFile.relative(base, part));
				}
				if (!parts.contains(name)) parts.add(name);
				parts.sort(null);
			}
			entries.add(new Entry(name, first, records.size(), group, parts));
		}
		List<AcquisitionGrouper.Group> groups = grouping.groups();
		String[] ruled = acquisitions == null ? null : AcquisitionRules.assign(entries.stream().map(Entry::path)
			.toList(), acquisitions, problems);

		List<DatasetFile> walked = harvest.files();
		Found found = find(walked, entries);
		List<DatasetFile> hidden = hidden(base, entries, found);
		List<DatasetFile> files = walked;
		if (!hidden.isEmpty()) {
			// a part the walk does not list (it skips hidden files; a companion set may name one) is deposited too
			List<DatasetFile> all = new ArrayList<>(walked);
			all.addAll(hidden);
			all.sort(Comparator.comparing(DatasetFile::path));
			files = all;
			found = find(files, entries);
		}

		Map<String, List<String>> members = new LinkedHashMap<>();
		int[] imageOf = new int[files.size()];
		Arrays.fill(imageOf, -1);
		DatasetImages.Distinct distinct = new DatasetImages.Distinct();
		for (int e = 0; e < entries.size(); e++) {
			Entry entry = entries.get(e);
			int own = found.file(e, -1);
			boolean store = own < 0 && !entry.path().isEmpty() && Files.isDirectory(base.resolve(entry.path()));
			List<Integer> under = store ? under(files, entry.path()) : List.of();
			if (store) members.put(entry.path(), paths(files, under));
			else if (entry.parts() != null) members.put(entry.path(), entry.parts());
			boolean multi = store || entry.parts() != null;
			String acquisition = ruled != null ? ruled[e] : entry.group() < 0 ? null : groups.get(entry.group())
				.acquisition().title();
			int image = distinct.of(new FileListBuilder.ImageFile(entry.first(), entry.series(), multi ? entry.path()
				: null, acquisition));
			if (own >= 0) imageOf[own] = image;
			if (store) under.forEach(i -> imageOf[i] = image);
			else if (entry.parts() != null) {
				for (int p = 0; p < entry.parts().size(); p++) {
					int f = found.file(e, p);
					if (f >= 0) imageOf[f] = image;
				}
			}
		}
		return new Result(new DatasetImages(files, imageOf, distinct.images()), new MultiFileImages(members), groups);
	}

	private static List<String> paths(List<DatasetFile> files, List<Integer> indexes) {
		List<String> out = new ArrayList<>(indexes.size());
		for (int i : indexes) out.add(files.get(i).path());
		return out;
	}

	/**
	 * A file's records without its name (which no File-list column shows): records the harvest cache gave back are
	 * then the very records of every file with the same text, not a renamed copy made for each file.
	 */
	static List<ImageRecord> unnamed(HarvestedFile h) {
		return h.records() instanceof PrintedRecords && PrintedRecords.name(h.records()) != null ? h.named(null)
			.records() : h.records();
	}

	/** Where each entry's path and each of its parts is among the files. */
	private static final class Found {

		private final int[] own;
		private final int[][] parts;

		Found(int entries) {
			own = new int[entries];
			Arrays.fill(own, -1);
			parts = new int[entries][];
		}

		/** The index of an entry's file (part -1) or of one of its parts among the files, or -1. */
		int file(int entry, int part) {
			return part < 0 ? own[entry] : parts[entry][part];
		}

		void set(Wanted w, int file) {
			if (w.part() < 0) own[w.entry()] = file;
			else parts[w.entry()][w.part()] = file;
		}
	}

	/**
	 * Finds the entries' paths among the files in one pass over both in path order; the files are in path order
	 * (the walk sorts them), else each is looked up by its path.
	 */
	private static Found find(List<DatasetFile> files, List<Entry> entries) {
		Found found = new Found(entries.size());
		List<Wanted> wanted = new ArrayList<>();
		for (int e = 0; e < entries.size(); e++) {
			Entry entry = entries.get(e);
			wanted.add(new Wanted(entry.path(), e, -1));
			if (entry.parts() == null) continue;
			found.parts[e] = new int[entry.parts().size()];
			Arrays.fill(found.parts[e], -1);
			for (int p = 0; p < entry.parts().size(); p++) wanted.add(new Wanted(entry.parts().get(p), e, p));
		}
		wanted.sort(Comparator.comparing(Wanted::path));
		int w = 0;
		String previous = null;
		for (int i = 0; i < files.size() && w < wanted.size(); i++) {
			String path = files.get(i).path();
			if (previous != null && previous.compareTo(path) > 0) return findByPath(files, wanted, found);
			previous = path;
			while (w < wanted.size() && wanted.get(w).path().compareTo(path) < 0) w++;
			for (; w < wanted.size() && wanted.get(w).path().equals(path); w++) found.set(wanted.get(w), i);
		}
		return found;
	}

	private static Found findByPath(List<DatasetFile> files, List<Wanted> wanted, Found found) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < files.size(); i++) index.putIfAbsent(files.get(i).path(), i);
		for (Wanted w : wanted) found.set(w, index.getOrDefault(w.path(), -1));
		return found;
	}

	/** The parts of multi-file images that are not among the files but are on disk, with their sizes. */
	private static List<DatasetFile> hidden(Path base, List<Entry> entries, Found found) {
		List<DatasetFile> out = new ArrayList<>();
		java.util.Set<String> added = new java.util.HashSet<>();
		for (int e = 0; e < entries.size(); e++) {
			List<String> parts = entries.get(e).parts();
			if (parts == null || found.file(e, -1) < 0 && Files.isDirectory(base.resolve(entries.get(e).path()))) {
				continue;
			}
			for (int p = 0; p < parts.size(); p++) {
				if (found.file(e, p) >= 0 || !added.add(parts.get(p))) continue;
				try {
					Path file = base.resolve(parts.get(p));
					if (Files.isRegularFile(file)) out.add(new DatasetFile(parts.get(p), Files.size(file)));
				}
				catch (IOException ex) {
					// a part that cannot be read is the harvest's to report, not the listing's
				}
			}
		}
		return out;
	}

	/** The indexes of the files inside a folder: a run in the path-sorted files. */
	private static List<Integer> under(List<DatasetFile> files, String folder) {
		String prefix = folder + "/";
		int lo = 0, hi = files.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (files.get(mid).path().compareTo(prefix) < 0) lo = mid + 1;
			else hi = mid;
		}
		List<Integer> out = new ArrayList<>();
		for (int i = lo; i < files.size() && files.get(i).path().startsWith(prefix); i++) out.add(i);
		if (out.isEmpty()) {
			// files not in path order: look at each
			for (int i = 0; i < files.size(); i++) {
				if (files.get(i).path().startsWith(prefix)) out.add(i);
			}
		}
		return out;
	}
}
