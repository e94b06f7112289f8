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
// Stand-in for Bio-Formats' ImageReader, written for bia-deposit's tests (not Bio-Formats code). Like the real one,
// setId asks every reader in its list, in order, whether the file is its type, allowing it to open the file: each
// reader before the right one whose suffix is not enough opens the file to look (the real library opened a file
// some 30 times so). getReaders() gives the list, as the real one does.
package loci.formats;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import loci.formats.in.ContentProbingReader;
import loci.formats.in.ICSReader;
import loci.formats.in.LIFReader;
import loci.formats.in.ND2Reader;
import loci.formats.in.OMETiffReader;
import loci.formats.in.OMEXMLReader;
import loci.formats.in.SPEReader;
import loci.formats.in.TiffReader;
import loci.formats.in.ZeissCZIReader;
import ome.xml.meta.MetadataStore;

public class ImageReader implements Closeable {
	public static final AtomicInteger SET_ID_CALLS = new AtomicInteger();
	public static final AtomicInteger CLOSE_CALLS = new AtomicInteger();
	public static volatile Boolean flattenedResolutions;
	public static volatile int bufferDuringSetId;

	private final FormatReader[] readers;
	private FormatReader current;

	public ImageReader() {
		List<FormatReader> list = new ArrayList<>();
		list.add(new OMETiffReader());
		for (int i = 1; i <= 12; i++) list.add(new ContentProbingReader("Probe format " + i, "p" + i));
		list.add(new ZeissCZIReader());
		for (int i = 13; i <= 20; i++) list.add(new ContentProbingReader("Probe format " + i, "p" + i));
		list.add(new LIFReader());
		list.add(new ND2Reader());
		list.add(new SPEReader());
		list.add(new ICSReader());
		for (int i = 21; i <= 26; i++) list.add(new ContentProbingReader("Probe format " + i, "p" + i));
		list.add(new OMEXMLReader());
		list.add(new TiffReader());
		readers = list.toArray(new FormatReader[0]);
	}

	public FormatReader[] getReaders() {
		return readers.clone();
	}

	public String[] getSuffixes() {
		return new String[] { "czi", "lif", "nd2", "spe", "ics", "ids", "tif", "tiff", "ome", "ome.xml", "xml", "txt", "csv", "md",
			"json" };
	}

	public void setMetadataStore(MetadataStore store) {
		for (FormatReader r : readers) r.setMetadataStore(store);
	}

	public MetadataStore getMetadataStore() {
		return readers[0].getMetadataStore();
	}

	public void setFlattenedResolutions(boolean flattened) {
		for (FormatReader r : readers) r.setFlattenedResolutions(flattened);
	}

	public boolean isThisType(String name, boolean open) {
		for (FormatReader r : readers) {
			if (r.isThisType(name, open)) return true;
		}
		return false;
	}

	public FormatReader getReader(String id) throws FormatException {
		for (FormatReader r : readers) {
			if (r.isThisType(id, true)) return r;
		}
		throw new UnknownFormatException("Unknown file format: " + id);
	}

	public void setId(String id) throws FormatException, IOException {
		current = getReader(id);
		current.setId(id);
	}

	private FormatReader current() {
		if (current == null) throw new IllegalStateException("no file set");
		return current;
	}

	public String getFormat() {
		return current().getFormat();
	}

	public String[] getUsedFiles() {
		return current().getUsedFiles();
	}

	public String[] getUsedFiles(boolean noPixels) {
		return current().getUsedFiles(noPixels);
	}

	public int getSeriesCount() {
		return current().getSeriesCount();
	}

	public void setSeries(int no) {
		current().setSeries(no);
	}

	public Hashtable<String, Object> getGlobalMetadata() {
		return current().getGlobalMetadata();
	}

	public Hashtable<String, Object> getSeriesMetadata() {
		return current().getSeriesMetadata();
	}

	public Modulo getModuloZ() {
		return current().getModuloZ();
	}

	public Modulo getModuloC() {
		return current().getModuloC();
	}

	public Modulo getModuloT() {
		return current().getModuloT();
	}

	public void close(boolean fileOnly) {
		close();
	}

	@Override
	public void close() {
		CLOSE_CALLS.incrementAndGet();
		for (FormatReader r : readers) r.close();
		current = null;
	}
}
