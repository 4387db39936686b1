/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wasmpart.model.OverlapRule;
import org.wasmpart.model.ProtectionKind;
import org.wasmpart.model.ProtectionUnit;
import org.wasmpart.model.SecurityState;
import org.wasmpart.model.Source;
import org.wasmpart.model.Sourced;
import org.wasmpart.model.WasmpartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protection Unit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.impl.ProtectionUnitImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.ProtectionUnitImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.ProtectionUnitImpl#getSecurityState <em>Security State</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.ProtectionUnitImpl#getEntryCount <em>Entry Count</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.ProtectionUnitImpl#getLockedEntries <em>Locked Entries</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.ProtectionUnitImpl#getMinRegionSize <em>Min Region Size</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.ProtectionUnitImpl#getGranularity <em>Granularity</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.ProtectionUnitImpl#getSubregions <em>Subregions</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.ProtectionUnitImpl#getOverlap <em>Overlap</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.ProtectionUnitImpl#isNa4 <em>Na4</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.ProtectionUnitImpl#isTorSupported <em>Tor Supported</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.ProtectionUnitImpl#isSmepmp <em>Smepmp</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.ProtectionUnitImpl#getPageSize <em>Page Size</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProtectionUnitImpl extends IdentifiedImpl implements ProtectionUnit {
	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProtectionKind KIND_EDEFAULT = ProtectionKind.NONE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProtectionKind kind = KIND_EDEFAULT;

	/**
	 * This is true if the Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kindESet;

	/**
	 * The default value of the '{@link #getSecurityState() <em>Security State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityState()
	 * @generated
	 * @ordered
	 */
	protected static final SecurityState SECURITY_STATE_EDEFAULT = SecurityState.NONE;

	/**
	 * The cached value of the '{@link #getSecurityState() <em>Security State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityState()
	 * @generated
	 * @ordered
	 */
	protected SecurityState securityState = SECURITY_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEntryCount() <em>Entry Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryCount()
	 * @generated
	 * @ordered
	 */
	protected static final int ENTRY_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEntryCount() <em>Entry Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryCount()
	 * @generated
	 * @ordered
	 */
	protected int entryCount = ENTRY_COUNT_EDEFAULT;

	/**
	 * This is true if the Entry Count attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean entryCountESet;

	/**
	 * The default value of the '{@link #getLockedEntries() <em>Locked Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockedEntries()
	 * @generated
	 * @ordered
	 */
	protected static final int LOCKED_ENTRIES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLockedEntries() <em>Locked Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockedEntries()
	 * @generated
	 * @ordered
	 */
	protected int lockedEntries = LOCKED_ENTRIES_EDEFAULT;

	/**
	 * This is true if the Locked Entries attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean lockedEntriesESet;

	/**
	 * The default value of the '{@link #getMinRegionSize() <em>Min Region Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinRegionSize()
	 * @generated
	 * @ordered
	 */
	protected static final long MIN_REGION_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMinRegionSize() <em>Min Region Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinRegionSize()
	 * @generated
	 * @ordered
	 */
	protected long minRegionSize = MIN_REGION_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGranularity() <em>Granularity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGranularity()
	 * @generated
	 * @ordered
	 */
	protected static final long GRANULARITY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGranularity() <em>Granularity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGranularity()
	 * @generated
	 * @ordered
	 */
	protected long granularity = GRANULARITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubregions() <em>Subregions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubregions()
	 * @generated
	 * @ordered
	 */
	protected static final int SUBREGIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSubregions() <em>Subregions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubregions()
	 * @generated
	 * @ordered
	 */
	protected int subregions = SUBREGIONS_EDEFAULT;

	/**
	 * This is true if the Subregions attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean subregionsESet;

	/**
	 * The default value of the '{@link #getOverlap() <em>Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlap()
	 * @generated
	 * @ordered
	 */
	protected static final OverlapRule OVERLAP_EDEFAULT = OverlapRule.NOT_APPLICABLE;

	/**
	 * The cached value of the '{@link #getOverlap() <em>Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlap()
	 * @generated
	 * @ordered
	 */
	protected OverlapRule overlap = OVERLAP_EDEFAULT;

	/**
	 * This is true if the Overlap attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean overlapESet;

	/**
	 * The default value of the '{@link #isNa4() <em>Na4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNa4()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NA4_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNa4() <em>Na4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNa4()
	 * @generated
	 * @ordered
	 */
	protected boolean na4 = NA4_EDEFAULT;

	/**
	 * This is true if the Na4 attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean na4ESet;

	/**
	 * The default value of the '{@link #isTorSupported() <em>Tor Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTorSupported()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TOR_SUPPORTED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isTorSupported() <em>Tor Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTorSupported()
	 * @generated
	 * @ordered
	 */
	protected boolean torSupported = TOR_SUPPORTED_EDEFAULT;

	/**
	 * This is true if the Tor Supported attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean torSupportedESet;

	/**
	 * The default value of the '{@link #isSmepmp() <em>Smepmp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSmepmp()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SMEPMP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSmepmp() <em>Smepmp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSmepmp()
	 * @generated
	 * @ordered
	 */
	protected boolean smepmp = SMEPMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getPageSize() <em>Page Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageSize()
	 * @generated
	 * @ordered
	 */
	protected static final long PAGE_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPageSize() <em>Page Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageSize()
	 * @generated
	 * @ordered
	 */
	protected long pageSize = PAGE_SIZE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtectionUnitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WasmpartPackage.Literals.PROTECTION_UNIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, WasmpartPackage.PROTECTION_UNIT__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtectionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProtectionKind newKind) {
		ProtectionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		boolean oldKindESet = kindESet;
		kindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.PROTECTION_UNIT__KIND, oldKind, kind, !oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKind() {
		ProtectionKind oldKind = kind;
		boolean oldKindESet = kindESet;
		kind = KIND_EDEFAULT;
		kindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.PROTECTION_UNIT__KIND, oldKind, KIND_EDEFAULT, oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKind() {
		return kindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityState getSecurityState() {
		return securityState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityState(SecurityState newSecurityState) {
		SecurityState oldSecurityState = securityState;
		securityState = newSecurityState == null ? SECURITY_STATE_EDEFAULT : newSecurityState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.PROTECTION_UNIT__SECURITY_STATE, oldSecurityState, securityState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEntryCount() {
		return entryCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntryCount(int newEntryCount) {
		int oldEntryCount = entryCount;
		entryCount = newEntryCount;
		boolean oldEntryCountESet = entryCountESet;
		entryCountESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.PROTECTION_UNIT__ENTRY_COUNT, oldEntryCount, entryCount, !oldEntryCountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetEntryCount() {
		int oldEntryCount = entryCount;
		boolean oldEntryCountESet = entryCountESet;
		entryCount = ENTRY_COUNT_EDEFAULT;
		entryCountESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.PROTECTION_UNIT__ENTRY_COUNT, oldEntryCount, ENTRY_COUNT_EDEFAULT, oldEntryCountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetEntryCount() {
		return entryCountESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLockedEntries() {
		return lockedEntries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLockedEntries(int newLockedEntries) {
		int oldLockedEntries = lockedEntries;
		lockedEntries = newLockedEntries;
		boolean oldLockedEntriesESet = lockedEntriesESet;
		lockedEntriesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.PROTECTION_UNIT__LOCKED_ENTRIES, oldLockedEntries, lockedEntries, !oldLockedEntriesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLockedEntries() {
		int oldLockedEntries = lockedEntries;
		boolean oldLockedEntriesESet = lockedEntriesESet;
		lockedEntries = LOCKED_ENTRIES_EDEFAULT;
		lockedEntriesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.PROTECTION_UNIT__LOCKED_ENTRIES, oldLockedEntries, LOCKED_ENTRIES_EDEFAULT, oldLockedEntriesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLockedEntries() {
		return lockedEntriesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMinRegionSize() {
		return minRegionSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinRegionSize(long newMinRegionSize) {
		long oldMinRegionSize = minRegionSize;
		minRegionSize = newMinRegionSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.PROTECTION_UNIT__MIN_REGION_SIZE, oldMinRegionSize, minRegionSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGranularity() {
		return granularity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGranularity(long newGranularity) {
		long oldGranularity = granularity;
		granularity = newGranularity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.PROTECTION_UNIT__GRANULARITY, oldGranularity, granularity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSubregions() {
		return subregions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubregions(int newSubregions) {
		int oldSubregions = subregions;
		subregions = newSubregions;
		boolean oldSubregionsESet = subregionsESet;
		subregionsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.PROTECTION_UNIT__SUBREGIONS, oldSubregions, subregions, !oldSubregionsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSubregions() {
		int oldSubregions = subregions;
		boolean oldSubregionsESet = subregionsESet;
		subregions = SUBREGIONS_EDEFAULT;
		subregionsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.PROTECTION_UNIT__SUBREGIONS, oldSubregions, SUBREGIONS_EDEFAULT, oldSubregionsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSubregions() {
		return subregionsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OverlapRule getOverlap() {
		return overlap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverlap(OverlapRule newOverlap) {
		OverlapRule oldOverlap = overlap;
		overlap = newOverlap == null ? OVERLAP_EDEFAULT : newOverlap;
		boolean oldOverlapESet = overlapESet;
		overlapESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.PROTECTION_UNIT__OVERLAP, oldOverlap, overlap, !oldOverlapESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOverlap() {
		OverlapRule oldOverlap = overlap;
		boolean oldOverlapESet = overlapESet;
		overlap = OVERLAP_EDEFAULT;
		overlapESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.PROTECTION_UNIT__OVERLAP, oldOverlap, OVERLAP_EDEFAULT, oldOverlapESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOverlap() {
		return overlapESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNa4() {
		return na4;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNa4(boolean newNa4) {
		boolean oldNa4 = na4;
		na4 = newNa4;
		boolean oldNa4ESet = na4ESet;
		na4ESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.PROTECTION_UNIT__NA4, oldNa4, na4, !oldNa4ESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetNa4() {
		boolean oldNa4 = na4;
		boolean oldNa4ESet = na4ESet;
		na4 = NA4_EDEFAULT;
		na4ESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.PROTECTION_UNIT__NA4, oldNa4, NA4_EDEFAULT, oldNa4ESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetNa4() {
		return na4ESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTorSupported() {
		return torSupported;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTorSupported(boolean newTorSupported) {
		boolean oldTorSupported = torSupported;
		torSupported = newTorSupported;
		boolean oldTorSupportedESet = torSupportedESet;
		torSupportedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.PROTECTION_UNIT__TOR_SUPPORTED, oldTorSupported, torSupported, !oldTorSupportedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTorSupported() {
		boolean oldTorSupported = torSupported;
		boolean oldTorSupportedESet = torSupportedESet;
		torSupported = TOR_SUPPORTED_EDEFAULT;
		torSupportedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.PROTECTION_UNIT__TOR_SUPPORTED, oldTorSupported, TOR_SUPPORTED_EDEFAULT, oldTorSupportedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTorSupported() {
		return torSupportedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSmepmp() {
		return smepmp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmepmp(boolean newSmepmp) {
		boolean oldSmepmp = smepmp;
		smepmp = newSmepmp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.PROTECTION_UNIT__SMEPMP, oldSmepmp, smepmp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPageSize() {
		return pageSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageSize(long newPageSize) {
		long oldPageSize = pageSize;
		pageSize = newPageSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.PROTECTION_UNIT__PAGE_SIZE, oldPageSize, pageSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WasmpartPackage.PROTECTION_UNIT__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WasmpartPackage.PROTECTION_UNIT__SOURCES:
				return getSources();
			case WasmpartPackage.PROTECTION_UNIT__KIND:
				return getKind();
			case WasmpartPackage.PROTECTION_UNIT__SECURITY_STATE:
				return getSecurityState();
			case WasmpartPackage.PROTECTION_UNIT__ENTRY_COUNT:
				return getEntryCount();
			case WasmpartPackage.PROTECTION_UNIT__LOCKED_ENTRIES:
				return getLockedEntries();
			case WasmpartPackage.PROTECTION_UNIT__MIN_REGION_SIZE:
				return getMinRegionSize();
			case WasmpartPackage.PROTECTION_UNIT__GRANULARITY:
				return getGranularity();
			case WasmpartPackage.PROTECTION_UNIT__SUBREGIONS:
				return getSubregions();
			case WasmpartPackage.PROTECTION_UNIT__OVERLAP:
				return getOverlap();
			case WasmpartPackage.PROTECTION_UNIT__NA4:
				return isNa4();
			case WasmpartPackage.PROTECTION_UNIT__TOR_SUPPORTED:
				return isTorSupported();
			case WasmpartPackage.PROTECTION_UNIT__SMEPMP:
				return isSmepmp();
			case WasmpartPackage.PROTECTION_UNIT__PAGE_SIZE:
				return getPageSize();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WasmpartPackage.PROTECTION_UNIT__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case WasmpartPackage.PROTECTION_UNIT__KIND:
				setKind((ProtectionKind)newValue);
				return;
			case WasmpartPackage.PROTECTION_UNIT__SECURITY_STATE:
				setSecurityState((SecurityState)newValue);
				return;
			case WasmpartPackage.PROTECTION_UNIT__ENTRY_COUNT:
				setEntryCount((Integer)newValue);
				return;
			case WasmpartPackage.PROTECTION_UNIT__LOCKED_ENTRIES:
				setLockedEntries((Integer)newValue);
				return;
			case WasmpartPackage.PROTECTION_UNIT__MIN_REGION_SIZE:
				setMinRegionSize((Long)newValue);
				return;
			case WasmpartPackage.PROTECTION_UNIT__GRANULARITY:
				setGranularity((Long)newValue);
				return;
			case WasmpartPackage.PROTECTION_UNIT__SUBREGIONS:
				setSubregions((Integer)newValue);
				return;
			case WasmpartPackage.PROTECTION_UNIT__OVERLAP:
				setOverlap((OverlapRule)newValue);
				return;
			case WasmpartPackage.PROTECTION_UNIT__NA4:
				setNa4((Boolean)newValue);
				return;
			case WasmpartPackage.PROTECTION_UNIT__TOR_SUPPORTED:
				setTorSupported((Boolean)newValue);
				return;
			case WasmpartPackage.PROTECTION_UNIT__SMEPMP:
				setSmepmp((Boolean)newValue);
				return;
			case WasmpartPackage.PROTECTION_UNIT__PAGE_SIZE:
				setPageSize((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WasmpartPackage.PROTECTION_UNIT__SOURCES:
				getSources().clear();
				return;
			case WasmpartPackage.PROTECTION_UNIT__KIND:
				unsetKind();
				return;
			case WasmpartPackage.PROTECTION_UNIT__SECURITY_STATE:
				setSecurityState(SECURITY_STATE_EDEFAULT);
				return;
			case WasmpartPackage.PROTECTION_UNIT__ENTRY_COUNT:
				unsetEntryCount();
				return;
			case WasmpartPackage.PROTECTION_UNIT__LOCKED_ENTRIES:
				unsetLockedEntries();
				return;
			case WasmpartPackage.PROTECTION_UNIT__MIN_REGION_SIZE:
				setMinRegionSize(MIN_REGION_SIZE_EDEFAULT);
				return;
			case WasmpartPackage.PROTECTION_UNIT__GRANULARITY:
				setGranularity(GRANULARITY_EDEFAULT);
				return;
			case WasmpartPackage.PROTECTION_UNIT__SUBREGIONS:
				unsetSubregions();
				return;
			case WasmpartPackage.PROTECTION_UNIT__OVERLAP:
				unsetOverlap();
				return;
			case WasmpartPackage.PROTECTION_UNIT__NA4:
				unsetNa4();
				return;
			case WasmpartPackage.PROTECTION_UNIT__TOR_SUPPORTED:
				unsetTorSupported();
				return;
			case WasmpartPackage.PROTECTION_UNIT__SMEPMP:
				setSmepmp(SMEPMP_EDEFAULT);
				return;
			case WasmpartPackage.PROTECTION_UNIT__PAGE_SIZE:
				setPageSize(PAGE_SIZE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WasmpartPackage.PROTECTION_UNIT__SOURCES:
				return sources != null && !sources.isEmpty();
			case WasmpartPackage.PROTECTION_UNIT__KIND:
				return isSetKind();
			case WasmpartPackage.PROTECTION_UNIT__SECURITY_STATE:
				return securityState != SECURITY_STATE_EDEFAULT;
			case WasmpartPackage.PROTECTION_UNIT__ENTRY_COUNT:
				return isSetEntryCount();
			case WasmpartPackage.PROTECTION_UNIT__LOCKED_ENTRIES:
				return isSetLockedEntries();
			case WasmpartPackage.PROTECTION_UNIT__MIN_REGION_SIZE:
				return minRegionSize != MIN_REGION_SIZE_EDEFAULT;
			case WasmpartPackage.PROTECTION_UNIT__GRANULARITY:
				return granularity != GRANULARITY_EDEFAULT;
			case WasmpartPackage.PROTECTION_UNIT__SUBREGIONS:
				return isSetSubregions();
			case WasmpartPackage.PROTECTION_UNIT__OVERLAP:
				return isSetOverlap();
			case WasmpartPackage.PROTECTION_UNIT__NA4:
				return isSetNa4();
			case WasmpartPackage.PROTECTION_UNIT__TOR_SUPPORTED:
				return isSetTorSupported();
			case WasmpartPackage.PROTECTION_UNIT__SMEPMP:
				return smepmp != SMEPMP_EDEFAULT;
			case WasmpartPackage.PROTECTION_UNIT__PAGE_SIZE:
				return pageSize != PAGE_SIZE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Sourced.class) {
			switch (derivedFeatureID) {
				case WasmpartPackage.PROTECTION_UNIT__SOURCES: return WasmpartPackage.SOURCED__SOURCES;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Sourced.class) {
			switch (baseFeatureID) {
				case WasmpartPackage.SOURCED__SOURCES: return WasmpartPackage.PROTECTION_UNIT__SOURCES;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		if (kindESet) result.append(kind); else result.append("<unset>");
		result.append(", securityState: ");
		result.append(securityState);
		result.append(", entryCount: ");
		if (entryCountESet) result.append(entryCount); else result.append("<unset>");
		result.append(", lockedEntries: ");
		if (lockedEntriesESet) result.append(lockedEntries); else result.append("<unset>");
		result.append(", minRegionSize: ");
		result.append(minRegionSize);
		result.append(", granularity: ");
		result.append(granularity);
		result.append(", subregions: ");
		if (subregionsESet) result.append(subregions); else result.append("<unset>");
		result.append(", overlap: ");
		if (overlapESet) result.append(overlap); else result.append("<unset>");
		result.append(", na4: ");
		if (na4ESet) result.append(na4); else result.append("<unset>");
		result.append(", torSupported: ");
		if (torSupportedESet) result.append(torSupported); else result.append("<unset>");
		result.append(", smepmp: ");
		result.append(smepmp);
		result.append(", pageSize: ");
		result.append(pageSize);
		result.append(')');
		return result.toString();
	}

} //ProtectionUnitImpl
