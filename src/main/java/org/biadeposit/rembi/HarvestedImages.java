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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biadeposit.PackedStrings;
import org.biadeposit.harvest.DatasetFile;
import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.ImageRecord;
import org.biadeposit.harvest.PrintedRecords;

/**
 * One pass over what the harvest gave for a dataset folder, in order, finding each image file among the dataset's
 * files as it goes: which image each file is or is part of ({@link DatasetImages}), the images made of several files
 * ({@link MultiFileImages}), the images grouped by instrument set-up, and what the walk could not reach. Nothing is
 * kept per image file on the way but the index of its image in an int per file: the files are in path order and the
 * harvest mostly in the same order, so each is found a step or two after the one before.
 */
final class HarvestedImages {

	/**
	 * @param images every file of the dataset (the walk's, and the hidden files of multi-file images) and its image
	 * @param groups the images grouped by set-up, each with the images that describe it (not every image)
	 */
	record Result(DatasetImages images, MultiFileImages multiFile, List<AcquisitionGrouper.Group> groups) {}

	private HarvestedImages() {}

	/**
	 * @param acquisitions deposit.yaml's acquisitions, whose files: rules say which image each took; null when the
	 *          acquisitions are the groups of harvested set-ups
	 * @param problems where an error for each file or folder the walk could not reach is added, in walk order, and
	 *          then the rules' problems
	 */
	static Result read(DatasetHarvest harvest, List<ImageAcquisition> acquisitions, List<Problem> problems) {
		return read(harvest, acquisitions, problems, DatasetImages.Distinct.KEPT);
	}

	/** @param kept how many distinct images are kept, past which those of files read alone are made when asked for */
	static Result read(DatasetHarvest harvest, List<ImageAcquisition> acquisitions, List<Problem> problems, int kept) {
		List<DatasetFile> hidden = new ArrayList<>();
		List<Problem> found = new ArrayList<>();
		Result result = pass(harvest, harvest.files(), acquisitions, found, hidden, kept);
		if (!hidden.isEmpty()) {
			// a part the walk does not list (it skips hidden files; a companion set may name one) is deposited too
			List<DatasetFile> all = new ArrayList<>(harvest.files());
			all.addAll(hidden);
			all.sort(Comparator.comparing(DatasetFile::path));
			found.clear();
			result = pass(harvest, all, acquisitions, found, new ArrayList<>(), kept);
		}
		problems.addAll(found);
		return result;
	}

	/** @param hidden where the parts of multi-file images that are not among the files but on disk are added */
	private static Result pass(DatasetHarvest harvest, List<DatasetFile> files, List<ImageAcquisition> acquisitions,
		List<Problem> problems, List<DatasetFile> hidden, int kept)
	{
		Path base = harvest.root().toAbsolutePath().normalize();
		String baseText = base.toString();
		AcquisitionGrouper.Grouping grouping = new AcquisitionGrouper.Grouping(false);
		AcquisitionRules.Ruling rules = acquisitions == null ? null : AcquisitionRules.ruling(acquisitions);
		Locator locator = new Locator(files);
		int[] imageOf = new int[files.size()];
		Arrays.fill(imageOf, -1);
		DatasetImages.Distinct distinct = new DatasetImages.Distinct(kept, harvest::unnamedRecords);
		Map<String, List<String>> members = new LinkedHashMap<>();
		Map<String, Integer> stores = new LinkedHashMap<>();
		Set<String> missing = new HashSet<>();
		List<HarvestedFile> results = harvest.harvested();
		boolean placed = files == harvest.files();
		for (int i = 0, n = results.size(); i < n; i++) {
			int own = placed ? harvest.fileOf(i) : -1;
			if (own >= 0) {
				// a file read alone under its own name: where it stands is known, nothing to make or look up
				List<ImageRecord> records = harvest.unnamedRecords(i);
				int group = grouping.add(records.get(0));
				for (int r = 1; r < records.size(); r++) grouping.add(records.get(r));
				String acquisition = rules != null ? rules.title(files.get(own).path()) : grouping.title(group);
				imageOf[own] = distinct.of(new FileListBuilder.ImageFile(records.get(0), records.size(), null,
					acquisition), i);
				continue;
			}
			HarvestedFile h = results.get(i);
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
			if (path == null || !inside(base, baseText, path)) continue;
			String name = DatasetFile.relative(base, path);
			List<String> parts = h.usedFiles().size() > 1 && !path.equals(base) ? parts(base, name, h) : null;
			own = locator.find(name);
			boolean store = own < 0 && !name.isEmpty() && Files.isDirectory(path);
			if (store) members.put(name, List.of()); // its files are found below, in path order
			else if (parts != null) members.put(name, PackedStrings.of(parts, '/')); // held to the end: compactly
			String acquisition = rules != null ? rules.title(name) : grouping.title(group);
			int image = distinct.of(new FileListBuilder.ImageFile(first, records.size(), store || parts != null ? name
				: null, acquisition));
			if (own >= 0) imageOf[own] = image;
			if (store) stores.put(name, image);
			else if (parts != null) {
				for (String part : parts) {
					int f = locator.find(part);
					if (f >= 0) imageOf[f] = image;
					else if (missing.add(part)) onDisk(base, part, hidden);
				}
			}
		}
		stores.forEach((name, image) -> {
			List<String> paths = new ArrayList<>();
			for (int i : locator.under(name)) {
				imageOf[i] = image;
				paths.add(files.get(i).path());
			}
			members.put(name, PackedStrings.of(paths, '/'));
		});
		if (rules != null) problems.addAll(rules.problems());
		return new Result(new DatasetImages(files, imageOf, distinct), new MultiFileImages(members), grouping.groups());
	}

	/**
	 * Whether a path is the base folder or inside it: compared as text where that is the same (Path.startsWith
	 * splits both paths into names first, for every file).
	 */
	private static boolean inside(Path base, String baseText, Path path) {
		if (!path.getFileSystem().getSeparator().equals("/") || baseText.endsWith("/")) return path.startsWith(base);
		String s = path.toString();
		return s.length() > baseText.length() ? s.charAt(baseText.length()) == '/' && s.startsWith(baseText) : s
			.equals(baseText);
	}

	/** A multi-file image's files inside the dataset folder, its own among them, in path order. */
	private static List<String> parts(Path base, String name, HarvestedFile h) {
		List<String> parts = new ArrayList<>();
		for (Path part : h.usedFiles()) {
			if (part.startsWith(base)) parts.add(DatasetFile.relative(base, part));
		}
		if (!parts.contains(name)) parts.add(name);
		parts.sort(null);
		return parts;
	}

	private static void onDisk(Path base, String part, List<DatasetFile> hidden) {
		try {
			Path file = base.resolve(part);
			if (Files.isRegularFile(file)) hidden.add(new DatasetFile(part, Files.size(file)));
		}
		catch (IOException e) {
			// a part that cannot be read is the harvest's to report, not the listing's
		}
	}

	/**
	 * A file's records without its name (which no File-list column shows): records the harvest cache gave back are
	 * then the very records of every file with the same text, not a renamed copy made for each file.
	 */
	static List<ImageRecord> unnamed(HarvestedFile h) {
		return h.records() instanceof PrintedRecords && PrintedRecords.name(h.records()) != null ? h.named(null)
			.records() : h.records();
	}

	/**
	 * Finds paths among the files, which are in path order (DatasetHarvest sees to it): a few steps on from the file
	 * found before, else by halving. Reads each file about once when asked in path order, and holds none.
	 */
	private static final class Locator {

		/** How far on from the file found before a path is looked for one file after the other. */
		private static final int STEPS = 32;

		private final List<DatasetFile> files;
		private int cursor;
		private int read = -1;
		private String readPath;

		Locator(List<DatasetFile> files) {
			this.files = files;
		}

		private String path(int i) {
			if (i != read) {
				readPath = files.get(i).path();
				read = i;
			}
			return readPath;
		}

		/** The index of the file with this path, or -1. */
		int find(String path) {
			int n = files.size();
			for (int i = cursor, step = 0; i < n && step < STEPS; i++, step++) {
				int c = path(i).compareTo(path);
				if (c == 0) return cursor = i;
				if (c > 0) break;
			}
			int lo = 0, hi = n - 1;
			while (lo <= hi) {
				int mid = (lo + hi) >>> 1;
				int c = files.get(mid).path().compareTo(path);
				if (c == 0) return cursor = mid;
				if (c < 0) lo = mid + 1;
				else hi = mid - 1;
			}
			return -1;
		}

		/** The indexes of the files inside a folder, in order. */
		List<Integer> under(String folder) {
			String prefix = folder + "/";
			List<Integer> out = new ArrayList<>();
			int lo = 0, hi = files.size();
			while (lo < hi) {
				int mid = (lo + hi) >>> 1;
				if (files.get(mid).path().compareTo(prefix) < 0) lo = mid + 1;
				else hi = mid;
			}
			for (int i = lo; i < files.size() && files.get(i).path().startsWith(prefix); i++) out.add(i);
			return out;
		}
	}
}
