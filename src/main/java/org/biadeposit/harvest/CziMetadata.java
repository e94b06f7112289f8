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

import java.util.Map;

import ome.xml.meta.MetadataRetrieve;
import ome.xml.meta.MetadataStore;

/**
 * Zeiss CZI files: what Bio-Formats' OME mapping misses or puts in the wrong place, from the file's XML as its
 * global metadata flattens it ({@code "Information|Instrument|Microscope|Name"}):
 * <ul>
 * <li>the microscope model from {@code Information|Instrument|Microscope|Name}, else {@code …|System};</li>
 * <li>the detector model: Bio-Formats 8.0 takes the camera adapter's
 * ({@code Information|Instrument|Detector|Adapter|Manufacturer|Model}, "1x Camera Adapter"); the detector's own
 * is {@code Information|Instrument|Detector|Manufacturer|Model};</li>
 * <li>the date keeps the zone of {@code Information|Image|AcquisitionDateAndTime}.</li>
 * </ul>
 */
final class CziMetadata {

	private static final String ADAPTER_MODEL = "Detector|Adapter|Manufacturer|Model";
	private static final String DETECTOR_MODEL = "Detector|Manufacturer|Model";

	private CziMetadata() {}

	/** The acquisition date with its zone, as the records give it, or null. */
	static String date(OriginalMetadata original) {
		return ImageRecordMapper.utc(original.global("Information|Image|AcquisitionDateAndTime"));
	}

	/** Completes the file's instruments (once for all images). */
	static void complete(MetadataRetrieve meta, MetadataStore store, OriginalMetadata original) {
		String model = original.global("Information|Instrument|Microscope|Name");
		if (model == null) model = original.global("Information|Instrument|Microscope|System");
		if (model != null) VendorMetadata.microscopeModel(meta, store, model);
		detectorModels(meta, store, original);
	}

	/** A detector whose model is its camera adapter's takes the detector's own model, where the file gives one. */
	private static void detectorModels(MetadataRetrieve meta, MetadataStore store, OriginalMetadata original) {
		for (Map.Entry<String, Object> e : original.global().entrySet()) {
			String key = e.getKey();
			int at = key.indexOf(ADAPTER_MODEL);
			if (at < 0) continue;
			String adapter = String.valueOf(e.getValue()).trim();
			Object own = original.global().get(key.substring(0, at) + DETECTOR_MODEL + key.substring(at +
				ADAPTER_MODEL.length()));
			String ownModel = own == null ? null : own.toString().trim();
			if (ownModel == null || ownModel.isEmpty()) continue;
			for (int k = 0; k < meta.getInstrumentCount(); k++) {
				for (int d = 0; d < meta.getDetectorCount(k); d++) {
					if (adapter.equals(meta.getDetectorModel(k, d))) store.setDetectorModel(ownModel, k, d);
				}
			}
		}
	}
}
