/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protection Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.ProtectionUnit#getKind <em>Kind</em>}</li>
 *   <li>{@link org.wasmpart.model.ProtectionUnit#getSecurityState <em>Security State</em>}</li>
 *   <li>{@link org.wasmpart.model.ProtectionUnit#getEntryCount <em>Entry Count</em>}</li>
 *   <li>{@link org.wasmpart.model.ProtectionUnit#getLockedEntries <em>Locked Entries</em>}</li>
 *   <li>{@link org.wasmpart.model.ProtectionUnit#getMinRegionSize <em>Min Region Size</em>}</li>
 *   <li>{@link org.wasmpart.model.ProtectionUnit#getGranularity <em>Granularity</em>}</li>
 *   <li>{@link org.wasmpart.model.ProtectionUnit#getSubregions <em>Subregions</em>}</li>
 *   <li>{@link org.wasmpart.model.ProtectionUnit#getOverlap <em>Overlap</em>}</li>
 *   <li>{@link org.wasmpart.model.ProtectionUnit#isNa4 <em>Na4</em>}</li>
 *   <li>{@link org.wasmpart.model.ProtectionUnit#isTorSupported <em>Tor Supported</em>}</li>
 *   <li>{@link org.wasmpart.model.ProtectionUnit#isSmepmp <em>Smepmp</em>}</li>
 *   <li>{@link org.wasmpart.model.ProtectionUnit#getPageSize <em>Page Size</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getProtectionUnit()
 * @model
 * @generated
 */
public interface ProtectionUnit extends Identified, Sourced {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.ProtectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.wasmpart.model.ProtectionKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(ProtectionKind)
	 * @see org.wasmpart.model.WasmpartPackage#getProtectionUnit_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	ProtectionKind getKind();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ProtectionUnit#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.wasmpart.model.ProtectionKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProtectionKind value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.ProtectionUnit#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(ProtectionKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.ProtectionUnit#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(ProtectionKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Security State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.SecurityState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Security State</em>' attribute.
	 * @see org.wasmpart.model.SecurityState
	 * @see #setSecurityState(SecurityState)
	 * @see org.wasmpart.model.WasmpartPackage#getProtectionUnit_SecurityState()
	 * @model
	 * @generated
	 */
	SecurityState getSecurityState();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ProtectionUnit#getSecurityState <em>Security State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security State</em>' attribute.
	 * @see org.wasmpart.model.SecurityState
	 * @see #getSecurityState()
	 * @generated
	 */
	void setSecurityState(SecurityState value);

	/**
	 * Returns the value of the '<em><b>Entry Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entry Count</em>' attribute.
	 * @see #isSetEntryCount()
	 * @see #unsetEntryCount()
	 * @see #setEntryCount(int)
	 * @see org.wasmpart.model.WasmpartPackage#getProtectionUnit_EntryCount()
	 * @model unsettable="true"
	 * @generated
	 */
	int getEntryCount();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ProtectionUnit#getEntryCount <em>Entry Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entry Count</em>' attribute.
	 * @see #isSetEntryCount()
	 * @see #unsetEntryCount()
	 * @see #getEntryCount()
	 * @generated
	 */
	void setEntryCount(int value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.ProtectionUnit#getEntryCount <em>Entry Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEntryCount()
	 * @see #getEntryCount()
	 * @see #setEntryCount(int)
	 * @generated
	 */
	void unsetEntryCount();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.ProtectionUnit#getEntryCount <em>Entry Count</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Entry Count</em>' attribute is set.
	 * @see #unsetEntryCount()
	 * @see #getEntryCount()
	 * @see #setEntryCount(int)
	 * @generated
	 */
	boolean isSetEntryCount();

	/**
	 * Returns the value of the '<em><b>Locked Entries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Entries taken and locked before the application runs (a bootloader's PMP entries): never available to wasmpart.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Locked Entries</em>' attribute.
	 * @see #isSetLockedEntries()
	 * @see #unsetLockedEntries()
	 * @see #setLockedEntries(int)
	 * @see org.wasmpart.model.WasmpartPackage#getProtectionUnit_LockedEntries()
	 * @model unsettable="true"
	 * @generated
	 */
	int getLockedEntries();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ProtectionUnit#getLockedEntries <em>Locked Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locked Entries</em>' attribute.
	 * @see #isSetLockedEntries()
	 * @see #unsetLockedEntries()
	 * @see #getLockedEntries()
	 * @generated
	 */
	void setLockedEntries(int value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.ProtectionUnit#getLockedEntries <em>Locked Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLockedEntries()
	 * @see #getLockedEntries()
	 * @see #setLockedEntries(int)
	 * @generated
	 */
	void unsetLockedEntries();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.ProtectionUnit#getLockedEntries <em>Locked Entries</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Locked Entries</em>' attribute is set.
	 * @see #unsetLockedEntries()
	 * @see #getLockedEntries()
	 * @see #setLockedEntries(int)
	 * @generated
	 */
	boolean isSetLockedEntries();

	/**
	 * Returns the value of the '<em><b>Min Region Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Region Size</em>' attribute.
	 * @see #setMinRegionSize(long)
	 * @see org.wasmpart.model.WasmpartPackage#getProtectionUnit_MinRegionSize()
	 * @model dataType="org.wasmpart.model.ByteSize"
	 * @generated
	 */
	long getMinRegionSize();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ProtectionUnit#getMinRegionSize <em>Min Region Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Region Size</em>' attribute.
	 * @see #getMinRegionSize()
	 * @generated
	 */
	void setMinRegionSize(long value);

	/**
	 * Returns the value of the '<em><b>Granularity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Granularity</em>' attribute.
	 * @see #setGranularity(long)
	 * @see org.wasmpart.model.WasmpartPackage#getProtectionUnit_Granularity()
	 * @model dataType="org.wasmpart.model.ByteSize"
	 * @generated
	 */
	long getGranularity();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ProtectionUnit#getGranularity <em>Granularity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Granularity</em>' attribute.
	 * @see #getGranularity()
	 * @generated
	 */
	void setGranularity(long value);

	/**
	 * Returns the value of the '<em><b>Subregions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subregions</em>' attribute.
	 * @see #isSetSubregions()
	 * @see #unsetSubregions()
	 * @see #setSubregions(int)
	 * @see org.wasmpart.model.WasmpartPackage#getProtectionUnit_Subregions()
	 * @model unsettable="true"
	 * @generated
	 */
	int getSubregions();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ProtectionUnit#getSubregions <em>Subregions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subregions</em>' attribute.
	 * @see #isSetSubregions()
	 * @see #unsetSubregions()
	 * @see #getSubregions()
	 * @generated
	 */
	void setSubregions(int value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.ProtectionUnit#getSubregions <em>Subregions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSubregions()
	 * @see #getSubregions()
	 * @see #setSubregions(int)
	 * @generated
	 */
	void unsetSubregions();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.ProtectionUnit#getSubregions <em>Subregions</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Subregions</em>' attribute is set.
	 * @see #unsetSubregions()
	 * @see #getSubregions()
	 * @see #setSubregions(int)
	 * @generated
	 */
	boolean isSetSubregions();

	/**
	 * Returns the value of the '<em><b>Overlap</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.OverlapRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overlap</em>' attribute.
	 * @see org.wasmpart.model.OverlapRule
	 * @see #isSetOverlap()
	 * @see #unsetOverlap()
	 * @see #setOverlap(OverlapRule)
	 * @see org.wasmpart.model.WasmpartPackage#getProtectionUnit_Overlap()
	 * @model unsettable="true"
	 * @generated
	 */
	OverlapRule getOverlap();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ProtectionUnit#getOverlap <em>Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overlap</em>' attribute.
	 * @see org.wasmpart.model.OverlapRule
	 * @see #isSetOverlap()
	 * @see #unsetOverlap()
	 * @see #getOverlap()
	 * @generated
	 */
	void setOverlap(OverlapRule value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.ProtectionUnit#getOverlap <em>Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOverlap()
	 * @see #getOverlap()
	 * @see #setOverlap(OverlapRule)
	 * @generated
	 */
	void unsetOverlap();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.ProtectionUnit#getOverlap <em>Overlap</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Overlap</em>' attribute is set.
	 * @see #unsetOverlap()
	 * @see #getOverlap()
	 * @see #setOverlap(OverlapRule)
	 * @generated
	 */
	boolean isSetOverlap();

	/**
	 * Returns the value of the '<em><b>Na4</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Na4</em>' attribute.
	 * @see #isSetNa4()
	 * @see #unsetNa4()
	 * @see #setNa4(boolean)
	 * @see org.wasmpart.model.WasmpartPackage#getProtectionUnit_Na4()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isNa4();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ProtectionUnit#isNa4 <em>Na4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Na4</em>' attribute.
	 * @see #isSetNa4()
	 * @see #unsetNa4()
	 * @see #isNa4()
	 * @generated
	 */
	void setNa4(boolean value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.ProtectionUnit#isNa4 <em>Na4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNa4()
	 * @see #isNa4()
	 * @see #setNa4(boolean)
	 * @generated
	 */
	void unsetNa4();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.ProtectionUnit#isNa4 <em>Na4</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Na4</em>' attribute is set.
	 * @see #unsetNa4()
	 * @see #isNa4()
	 * @see #setNa4(boolean)
	 * @generated
	 */
	boolean isSetNa4();

	/**
	 * Returns the value of the '<em><b>Tor Supported</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether PMP entries may use TOR matching; some cores (RP2350's Hazard3) implement NAPOT only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tor Supported</em>' attribute.
	 * @see #isSetTorSupported()
	 * @see #unsetTorSupported()
	 * @see #setTorSupported(boolean)
	 * @see org.wasmpart.model.WasmpartPackage#getProtectionUnit_TorSupported()
	 * @model default="true" unsettable="true"
	 * @generated
	 */
	boolean isTorSupported();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ProtectionUnit#isTorSupported <em>Tor Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tor Supported</em>' attribute.
	 * @see #isSetTorSupported()
	 * @see #unsetTorSupported()
	 * @see #isTorSupported()
	 * @generated
	 */
	void setTorSupported(boolean value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.ProtectionUnit#isTorSupported <em>Tor Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTorSupported()
	 * @see #isTorSupported()
	 * @see #setTorSupported(boolean)
	 * @generated
	 */
	void unsetTorSupported();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.ProtectionUnit#isTorSupported <em>Tor Supported</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Tor Supported</em>' attribute is set.
	 * @see #unsetTorSupported()
	 * @see #isTorSupported()
	 * @see #setTorSupported(boolean)
	 * @generated
	 */
	boolean isSetTorSupported();

	/**
	 * Returns the value of the '<em><b>Smepmp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Smepmp</em>' attribute.
	 * @see #setSmepmp(boolean)
	 * @see org.wasmpart.model.WasmpartPackage#getProtectionUnit_Smepmp()
	 * @model
	 * @generated
	 */
	boolean isSmepmp();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ProtectionUnit#isSmepmp <em>Smepmp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smepmp</em>' attribute.
	 * @see #isSmepmp()
	 * @generated
	 */
	void setSmepmp(boolean value);

	/**
	 * Returns the value of the '<em><b>Page Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page Size</em>' attribute.
	 * @see #setPageSize(long)
	 * @see org.wasmpart.model.WasmpartPackage#getProtectionUnit_PageSize()
	 * @model dataType="org.wasmpart.model.ByteSize"
	 * @generated
	 */
	long getPageSize();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.ProtectionUnit#getPageSize <em>Page Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Size</em>' attribute.
	 * @see #getPageSize()
	 * @generated
	 */
	void setPageSize(long value);

} // ProtectionUnit
