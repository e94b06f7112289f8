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
package org.biadeposit.harvest;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import ome.xml.meta.MetadataRetrieve;
import ome.xml.meta.MetadataStore;

/**
 * Nikon ND2 files: what Bio-Formats' OME mapping misses, from its global metadata:
 * <ul>
 * <li>the acquisition date from {@code TextInfoItem_9} ("dd/mm/yyyy  hh:mm:ss", local time), else, as Bio-Formats
 * 8.0's ND2 reader gives it (it keeps no text info), {@code dTimeAbsolute}, a Julian day in UTC;</li>
 * <li>the microscope model from {@code m_sMicroscopeFullName} ("Ti Microscope"), which Bio-Formats does not
 * map;</li>
 * <li>the detector model from {@code CameraUserName} ("Nikon A1plus"), the name the user sees, where Bio-Formats
 * gives the camera's internal {@code CameraUniqueName} ("Nikon_A1_New") or none.</li>
 * </ul>
 */
final class Nd2Metadata {

	private static final DateTimeFormatter ND2_DATE = DateTimeFormatter.ofPattern("d/M/yyyy  H:mm:ss", Locale.ROOT);

	/** The Julian day number 2440587.5 is 1970-01-01T00:00Z. */
	private static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;

	private Nd2Metadata() {}

	/** Completes the file's instrument (once for all images). */
	static void complete(MetadataRetrieve meta, MetadataStore store, OriginalMetadata original) {
		String microscope = original.global("m_sMicroscopeFullName");
		if (microscope != null) VendorMetadata.microscopeModel(meta, store, microscope);
		String camera = original.global("CameraUserName");
		if (camera == null) return;
		String unique = original.global("CameraUniqueName");
		for (int k = 0; k < meta.getInstrumentCount(); k++) {
			if (meta.getDetectorCount(k) != 1) continue;
			String given = meta.getDetectorModel(k, 0);
			if (given == null || given.isBlank() || given.equals(unique)) store.setDetectorModel(camera, k, 0);
		}
	}

	/**
	 * "18/06/2014  15:55:27" (local time) in the text info, as ISO 8601; else {@code dTimeAbsolute} as an instant
	 * to the second ending in Z; null if neither is there.
	 */
	static String date(OriginalMetadata original) {
		String iso = iso(original.global("TextInfoItem_9"));
		if (iso != null) return iso;
		for (Map.Entry<String, Object> e : new TreeMap<>(original.global()).entrySet()) {
			if (e.getKey().contains("TextInfoItem") && (iso = iso(String.valueOf(e.getValue()))) != null) return iso;
		}
		return julianDay(original.global("dTimeAbsolute"));
	}

	/** A Julian day (UTC) as an ISO 8601 instant to the second, or null if it is none (or outside 1900–2200). */
	static String julianDay(String text) {
		if (text == null) return null;
		try {
			double day = Double.parseDouble(text.trim());
			if (!(day > 2415020 && day < 2524594)) return null;
			long seconds = Math.round((day - UNIX_EPOCH_JULIAN_DAY) * 86_400);
			return java.time.Instant.ofEpochSecond(seconds).toString();
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String iso(String text) {
		if (text == null) return null;
		try {
			return LocalDateTime.parse(text.trim(), ND2_DATE).toString();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
