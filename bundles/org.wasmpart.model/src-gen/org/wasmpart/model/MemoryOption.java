/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Memory Option</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One way for modules to share memory, with what it needs from the hardware and the runtime.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.MemoryOption#getMaturity <em>Maturity</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryOption#isSharing <em>Sharing</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryOption#getEnforcement <em>Enforcement</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryOption#getProtectionKinds <em>Protection Kinds</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryOption#getRuntimes <em>Runtimes</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryOption#getRequiredCapabilities <em>Required Capabilities</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryOption#getRequiredFeatures <em>Required Features</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryOption#getMinRegionSize <em>Min Region Size</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryOption#getMaxRegionSize <em>Max Region Size</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryOption#isRoundsToRuntimePage <em>Rounds To Runtime Page</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryOption#getMaxPerInstance <em>Max Per Instance</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryOption#isPerModuleReadOnly <em>Per Module Read Only</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getMemoryOption()
 * @model
 * @generated
 */
public interface MemoryOption extends Identified, Sourced {
	/**
	 * Returns the value of the '<em><b>Maturity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.Maturity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Maturity</em>' attribute.
	 * @see org.wasmpart.model.Maturity
	 * @see #isSetMaturity()
	 * @see #unsetMaturity()
	 * @see #setMaturity(Maturity)
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryOption_Maturity()
	 * @model unsettable="true"
	 * @generated
	 */
	Maturity getMaturity();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.MemoryOption#getMaturity <em>Maturity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maturity</em>' attribute.
	 * @see org.wasmpart.model.Maturity
	 * @see #isSetMaturity()
	 * @see #unsetMaturity()
	 * @see #getMaturity()
	 * @generated
	 */
	void setMaturity(Maturity value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.MemoryOption#getMaturity <em>Maturity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMaturity()
	 * @see #getMaturity()
	 * @see #setMaturity(Maturity)
	 * @generated
	 */
	void unsetMaturity();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.MemoryOption#getMaturity <em>Maturity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Maturity</em>' attribute is set.
	 * @see #unsetMaturity()
	 * @see #getMaturity()
	 * @see #setMaturity(Maturity)
	 * @generated
	 */
	boolean isSetMaturity();

	/**
	 * Returns the value of the '<em><b>Sharing</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sharing</em>' attribute.
	 * @see #isSetSharing()
	 * @see #unsetSharing()
	 * @see #setSharing(boolean)
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryOption_Sharing()
	 * @model default="true" unsettable="true"
	 * @generated
	 */
	boolean isSharing();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.MemoryOption#isSharing <em>Sharing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sharing</em>' attribute.
	 * @see #isSetSharing()
	 * @see #unsetSharing()
	 * @see #isSharing()
	 * @generated
	 */
	void setSharing(boolean value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.MemoryOption#isSharing <em>Sharing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSharing()
	 * @see #isSharing()
	 * @see #setSharing(boolean)
	 * @generated
	 */
	void unsetSharing();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.MemoryOption#isSharing <em>Sharing</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Sharing</em>' attribute is set.
	 * @see #unsetSharing()
	 * @see #isSharing()
	 * @see #setSharing(boolean)
	 * @generated
	 */
	boolean isSetSharing();

	/**
	 * Returns the value of the '<em><b>Enforcement</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.Enforcement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enforcement</em>' attribute.
	 * @see org.wasmpart.model.Enforcement
	 * @see #isSetEnforcement()
	 * @see #unsetEnforcement()
	 * @see #setEnforcement(Enforcement)
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryOption_Enforcement()
	 * @model unsettable="true"
	 * @generated
	 */
	Enforcement getEnforcement();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.MemoryOption#getEnforcement <em>Enforcement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enforcement</em>' attribute.
	 * @see org.wasmpart.model.Enforcement
	 * @see #isSetEnforcement()
	 * @see #unsetEnforcement()
	 * @see #getEnforcement()
	 * @generated
	 */
	void setEnforcement(Enforcement value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.MemoryOption#getEnforcement <em>Enforcement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEnforcement()
	 * @see #getEnforcement()
	 * @see #setEnforcement(Enforcement)
	 * @generated
	 */
	void unsetEnforcement();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.MemoryOption#getEnforcement <em>Enforcement</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Enforcement</em>' attribute is set.
	 * @see #unsetEnforcement()
	 * @see #getEnforcement()
	 * @see #setEnforcement(Enforcement)
	 * @generated
	 */
	boolean isSetEnforcement();

	/**
	 * Returns the value of the '<em><b>Protection Kinds</b></em>' attribute list.
	 * The list contents are of type {@link org.wasmpart.model.ProtectionKind}.
	 * The literals are from the enumeration {@link org.wasmpart.model.ProtectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Protection kinds under which the option enforces per-module permissions in hardware; empty means it needs no protection unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protection Kinds</em>' attribute list.
	 * @see org.wasmpart.model.ProtectionKind
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryOption_ProtectionKinds()
	 * @model
	 * @generated
	 */
	EList<ProtectionKind> getProtectionKinds();

	/**
	 * Returns the value of the '<em><b>Runtimes</b></em>' attribute list.
	 * The list contents are of type {@link org.wasmpart.model.RuntimeKind}.
	 * The literals are from the enumeration {@link org.wasmpart.model.RuntimeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runtimes</em>' attribute list.
	 * @see org.wasmpart.model.RuntimeKind
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryOption_Runtimes()
	 * @model
	 * @generated
	 */
	EList<RuntimeKind> getRuntimes();

	/**
	 * Returns the value of the '<em><b>Required Capabilities</b></em>' attribute list.
	 * The list contents are of type {@link org.wasmpart.model.RuntimeCapability}.
	 * The literals are from the enumeration {@link org.wasmpart.model.RuntimeCapability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Capabilities</em>' attribute list.
	 * @see org.wasmpart.model.RuntimeCapability
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryOption_RequiredCapabilities()
	 * @model
	 * @generated
	 */
	EList<RuntimeCapability> getRequiredCapabilities();

	/**
	 * Returns the value of the '<em><b>Required Features</b></em>' attribute list.
	 * The list contents are of type {@link org.wasmpart.model.WasmFeature}.
	 * The literals are from the enumeration {@link org.wasmpart.model.WasmFeature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Features</em>' attribute list.
	 * @see org.wasmpart.model.WasmFeature
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryOption_RequiredFeatures()
	 * @model
	 * @generated
	 */
	EList<WasmFeature> getRequiredFeatures();

	/**
	 * Returns the value of the '<em><b>Min Region Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Region Size</em>' attribute.
	 * @see #setMinRegionSize(long)
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryOption_MinRegionSize()
	 * @model dataType="org.wasmpart.model.ByteSize"
	 * @generated
	 */
	long getMinRegionSize();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.MemoryOption#getMinRegionSize <em>Min Region Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Region Size</em>' attribute.
	 * @see #getMinRegionSize()
	 * @generated
	 */
	void setMinRegionSize(long value);

	/**
	 * Returns the value of the '<em><b>Max Region Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Region Size</em>' attribute.
	 * @see #setMaxRegionSize(long)
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryOption_MaxRegionSize()
	 * @model dataType="org.wasmpart.model.ByteSize"
	 * @generated
	 */
	long getMaxRegionSize();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.MemoryOption#getMaxRegionSize <em>Max Region Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Region Size</em>' attribute.
	 * @see #getMaxRegionSize()
	 * @generated
	 */
	void setMaxRegionSize(long value);

	/**
	 * Returns the value of the '<em><b>Rounds To Runtime Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rounds To Runtime Page</em>' attribute.
	 * @see #setRoundsToRuntimePage(boolean)
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryOption_RoundsToRuntimePage()
	 * @model
	 * @generated
	 */
	boolean isRoundsToRuntimePage();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.MemoryOption#isRoundsToRuntimePage <em>Rounds To Runtime Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rounds To Runtime Page</em>' attribute.
	 * @see #isRoundsToRuntimePage()
	 * @generated
	 */
	void setRoundsToRuntimePage(boolean value);

	/**
	 * Returns the value of the '<em><b>Max Per Instance</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Per Instance</em>' attribute.
	 * @see #setMaxPerInstance(int)
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryOption_MaxPerInstance()
	 * @model default="-1"
	 * @generated
	 */
	int getMaxPerInstance();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.MemoryOption#getMaxPerInstance <em>Max Per Instance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Per Instance</em>' attribute.
	 * @see #getMaxPerInstance()
	 * @generated
	 */
	void setMaxPerInstance(int value);

	/**
	 * Returns the value of the '<em><b>Per Module Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Per Module Read Only</em>' attribute.
	 * @see #setPerModuleReadOnly(boolean)
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryOption_PerModuleReadOnly()
	 * @model
	 * @generated
	 */
	boolean isPerModuleReadOnly();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.MemoryOption#isPerModuleReadOnly <em>Per Module Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Module Read Only</em>' attribute.
	 * @see #isPerModuleReadOnly()
	 * @generated
	 */
	void setPerModuleReadOnly(boolean value);

} // MemoryOption
