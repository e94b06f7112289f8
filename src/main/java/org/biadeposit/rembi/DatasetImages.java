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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import org.biadeposit.harvest.DatasetFile;
import org.biadeposit.harvest.ImageRecord;

/**
 * What the File-lists know about every file of a dataset folder: its files (in path order), and for each the index
 * of its image among the dataset's distinct images ({@link FileListBuilder.ImageFile}). The files of a large study
 * mostly share a record, and then one image: per file only that index is kept, never an object or a map entry.
 */
final class DatasetImages {

	private final List<DatasetFile> files;
	private final int[] imageOf;
	private final List<FileListBuilder.ImageFile> images;
	/** The images past {@link #images}: each made again when asked for ({@link Distinct#of(ImageFile, int)}). */
	private final Distinct.Made made;

	/**
	 * @param imageOf for each file, the index of its image in {@code images}, or -1 for a file that is no image and
	 *          no part of one
	 */
	DatasetImages(List<DatasetFile> files, int[] imageOf, List<FileListBuilder.ImageFile> images) {
		this(files, imageOf, images, Distinct.Made.NONE);
	}

	/**
	 * With the images {@link Distinct} did not keep, made again from the harvest's results when asked for; their
	 * indexes in {@code imageOf} (as {@link Distinct#of(ImageFile, int)} gave them) are numbered after the kept ones.
	 */
	DatasetImages(List<DatasetFile> files, int[] imageOf, Distinct distinct) {
		this(files, numbered(imageOf, distinct.images().size()), distinct.images(), distinct.made());
	}

	private static int[] numbered(int[] imageOf, int kept) {
		for (int i = 0; i < imageOf.length; i++) if (imageOf[i] < -1) imageOf[i] = kept - imageOf[i] - 2;
		return imageOf;
	}

	private DatasetImages(List<DatasetFile> files, int[] imageOf, List<FileListBuilder.ImageFile> images,
		Distinct.Made made)
	{
		if (imageOf.length != files.size()) throw new IllegalArgumentException("one image index per file");
		this.files = files;
		this.imageOf = imageOf;
		this.images = List.copyOf(images);
		this.made = made;
	}

	/** The images of the files given, known by path (a File-list built from such a map, as tests build them). */
	static DatasetImages of(List<DatasetFile> files, Map<String, FileListBuilder.ImageFile> byPath) {
		int[] imageOf = new int[files.size()];
		Map<FileListBuilder.ImageFile, Integer> index = new IdentityHashMap<>();
		List<FileListBuilder.ImageFile> images = new ArrayList<>();
		for (int i = 0; i < imageOf.length; i++) {
			FileListBuilder.ImageFile img = byPath.get(files.get(i).path());
			imageOf[i] = img == null ? -1 : index.computeIfAbsent(img, k -> {
				images.add(k);
				return images.size() - 1;
			});
		}
		return new DatasetImages(files, imageOf, images);
	}

	List<DatasetFile> files() {
		return files;
	}

	/** The index of a file's image, or -1. */
	int imageIndex(int file) {
		return imageOf[file];
	}

	/** A file's image, or null. */
	FileListBuilder.ImageFile image(int file) {
		int i = imageOf[file];
		return i < 0 ? null : imageAt(i);
	}

	/** The image of an index {@link #imageIndex} gave. */
	FileListBuilder.ImageFile imageAt(int index) {
		return index < images.size() ? images.get(index) : made.image(index - images.size());
	}

	int imageCount() {
		return images.size() + made.count();
	}

	/** How many of the images are held, not made again when asked for (a test hook). */
	int keptImages() {
		return images.size();
	}

	/**
	 * Hands out one index per distinct image: images that give the same value in every File-list column (files that
	 * share a record, found by its very parts, {@link FileListBuilder#sameValues}) share one.
	 */
	static final class Distinct {

		/** How many images are kept by default: past them, an image of a file read alone is made again when asked for. */
		static final int KEPT = 1 << 17;
		/** How many images are looked up by their values: a table of every image would hold one per file of some studies. */
		private static final int INDEXED = 4096;

		private final int kept;
		private final IntFunction<List<ImageRecord>> results;
		private final List<FileListBuilder.ImageFile> images = new ArrayList<>();
		private final Map<Key, Integer> index = new HashMap<>();
		private FileListBuilder.ImageFile previous;
		private int previousIndex = -1;
		private int[] madeResults = new int[0], madeTitles = new int[0];
		private int madeCount;
		private final List<String> titles = new ArrayList<>();
		private final Map<String, Integer> titleNumbers = new HashMap<>();

		/** Every image kept. */
		Distinct() {
			this(Integer.MAX_VALUE, null);
		}

		/**
		 * @param kept how many images are kept at most
		 * @param results a result's records, unnamed, by its index ({@link DatasetHarvest#unnamedRecords}), to make an
		 *        image not kept again
		 */
		Distinct(int kept, IntFunction<List<ImageRecord>> results) {
			this.kept = kept;
			this.results = results;
		}

		int of(FileListBuilder.ImageFile img) {
			return of(img, -1);
		}

		/**
		 * The index of an image; a new one is kept, or, past {@link #KEPT} images, when it is what {@code result}'s
		 * first record and number of records give (a file read alone, without a dataset name), only that result's index
		 * and the image's acquisition are: a study whose every file has records of its own (a date each) then holds
		 * two numbers per file, not an image.
		 *
		 * @param result the harvest result the image was made of, or -1
		 */
		int of(FileListBuilder.ImageFile img, int result) {
			if (previous != null && FileListBuilder.sameValues(img, previous)) return previousIndex;
			Integer known = index.get(new Key(img));
			int i;
			if (known != null) i = known;
			else if (result >= 0 && images.size() >= kept && img.dataset() == null) {
				if (madeCount == madeResults.length) {
					madeResults = Arrays.copyOf(madeResults, madeCount + (madeCount >> 1) + 16);
					madeTitles = Arrays.copyOf(madeTitles, madeResults.length);
				}
				madeResults[madeCount] = result;
				madeTitles[madeCount] = title(img.acquisition());
				i = -(++madeCount) - 1; // -2, -3, ...: numbered after the kept images once they are all known
			}
			else {
				images.add(img);
				i = images.size() - 1;
				if (index.size() >= INDEXED) index.clear();
				index.put(new Key(img), i);
			}
			previous = img;
			previousIndex = i;
			return i;
		}

		private int title(String acquisition) {
			Integer n = titleNumbers.get(acquisition);
			if (n == null) {
				titles.add(acquisition);
				titleNumbers.put(acquisition, n = titles.size() - 1);
			}
			return n;
		}

		List<FileListBuilder.ImageFile> images() {
			return images;
		}

		/** The images not kept. */
		Made made() {
			if (madeCount == 0) return Made.NONE;
			// an acquisition's title may be null (a file that no files: rule takes): not List.copyOf
			return new Made(Arrays.copyOf(madeResults, madeCount), Arrays.copyOf(madeTitles, madeCount), new ArrayList<>(
				titles), results);
		}

		/**
		 * The images not kept, each made again from its result when asked for.
		 *
		 * @param results per image, the index of the harvest result it is made of
		 * @param titles per image, the number of its acquisition's title in {@code named}
		 * @param of a result's records, unnamed, by its index
		 */
		record Made(int[] results, int[] titles, List<String> named, IntFunction<List<ImageRecord>> of) {

			static final Made NONE = new Made(new int[0], new int[0], List.of(), null);

			FileListBuilder.ImageFile image(int j) {
				List<ImageRecord> records = of.apply(results[j]);
				return new FileListBuilder.ImageFile(records.get(0), records.size(), null, named.get(titles[j]));
			}

			int count() {
				return results.length;
			}
		}
	}

	/** An image file as {@link FileListBuilder#sameValues} tells them apart. */
	private record Key(FileListBuilder.ImageFile img) {

		@Override
		public boolean equals(Object o) {
			return o instanceof Key k && FileListBuilder.sameValues(img, k.img);
		}

		@Override
		public int hashCode() {
			var r = img.image();
			int h = Objects.hash(img.seriesCount(), img.dataset(), img.acquisition());
			for (Object part : new Object[] { r.format(), r.sizeX(), r.sizeY(), r.sizeZ(), r.sizeC(), r.sizeT(), r
				.pixelType(), r.physicalSizeX(), r.physicalSizeY(), r.physicalSizeZ(), r.timeIncrement(), r.channels(),
				r.objective(), r.acquisitionDate(), r.imagingMethod() })
			{
				h = 31 * h + System.identityHashCode(part);
			}
			return h;
		}
	}
}
