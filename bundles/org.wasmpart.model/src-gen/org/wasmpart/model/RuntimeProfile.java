/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Runtime Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.RuntimeProfile#getRuntime <em>Runtime</em>}</li>
 *   <li>{@link org.wasmpart.model.RuntimeProfile#getVersion <em>Version</em>}</li>
 *   <li>{@link org.wasmpart.model.RuntimeProfile#getExecutionMode <em>Execution Mode</em>}</li>
 *   <li>{@link org.wasmpart.model.RuntimeProfile#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.wasmpart.model.RuntimeProfile#getCapabilities <em>Capabilities</em>}</li>
 *   <li>{@link org.wasmpart.model.RuntimeProfile#getPageSize <em>Page Size</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getRuntimeProfile()
 * @model
 * @generated
 */
public interface RuntimeProfile extends Identified, Sourced {
	/**
	 * Returns the value of the '<em><b>Runtime</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.RuntimeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runtime</em>' attribute.
	 * @see org.wasmpart.model.RuntimeKind
	 * @see #isSetRuntime()
	 * @see #unsetRuntime()
	 * @see #setRuntime(RuntimeKind)
	 * @see org.wasmpart.model.WasmpartPackage#getRuntimeProfile_Runtime()
	 * @model unsettable="true"
	 * @generated
	 */
	RuntimeKind getRuntime();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.RuntimeProfile#getRuntime <em>Runtime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Runtime</em>' attribute.
	 * @see org.wasmpart.model.RuntimeKind
	 * @see #isSetRuntime()
	 * @see #unsetRuntime()
	 * @see #getRuntime()
	 * @generated
	 */
	void setRuntime(RuntimeKind value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.RuntimeProfile#getRuntime <em>Runtime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRuntime()
	 * @see #getRuntime()
	 * @see #setRuntime(RuntimeKind)
	 * @generated
	 */
	void unsetRuntime();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.RuntimeProfile#getRuntime <em>Runtime</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Runtime</em>' attribute is set.
	 * @see #unsetRuntime()
	 * @see #getRuntime()
	 * @see #setRuntime(RuntimeKind)
	 * @generated
	 */
	boolean isSetRuntime();

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.wasmpart.model.WasmpartPackage#getRuntimeProfile_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.RuntimeProfile#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Execution Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.ExecutionMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Execution Mode</em>' attribute.
	 * @see org.wasmpart.model.ExecutionMode
	 * @see #isSetExecutionMode()
	 * @see #unsetExecutionMode()
	 * @see #setExecutionMode(ExecutionMode)
	 * @see org.wasmpart.model.WasmpartPackage#getRuntimeProfile_ExecutionMode()
	 * @model unsettable="true"
	 * @generated
	 */
	ExecutionMode getExecutionMode();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.RuntimeProfile#getExecutionMode <em>Execution Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Execution Mode</em>' attribute.
	 * @see org.wasmpart.model.ExecutionMode
	 * @see #isSetExecutionMode()
	 * @see #unsetExecutionMode()
	 * @see #getExecutionMode()
	 * @generated
	 */
	void setExecutionMode(ExecutionMode value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.RuntimeProfile#getExecutionMode <em>Execution Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetExecutionMode()
	 * @see #getExecutionMode()
	 * @see #setExecutionMode(ExecutionMode)
	 * @generated
	 */
	void unsetExecutionMode();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.RuntimeProfile#getExecutionMode <em>Execution Mode</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Execution Mode</em>' attribute is set.
	 * @see #unsetExecutionMode()
	 * @see #getExecutionMode()
	 * @see #setExecutionMode(ExecutionMode)
	 * @generated
	 */
	boolean isSetExecutionMode();

	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute list.
	 * The list contents are of type {@link org.wasmpart.model.WasmFeature}.
	 * The literals are from the enumeration {@link org.wasmpart.model.WasmFeature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Features</em>' attribute list.
	 * @see org.wasmpart.model.WasmFeature
	 * @see org.wasmpart.model.WasmpartPackage#getRuntimeProfile_Features()
	 * @model
	 * @generated
	 */
	EList<WasmFeature> getFeatures();

	/**
	 * Returns the value of the '<em><b>Capabilities</b></em>' attribute list.
	 * The list contents are of type {@link org.wasmpart.model.RuntimeCapability}.
	 * The literals are from the enumeration {@link org.wasmpart.model.RuntimeCapability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capabilities</em>' attribute list.
	 * @see org.wasmpart.model.RuntimeCapability
	 * @see org.wasmpart.model.WasmpartPackage#getRuntimeProfile_Capabilities()
	 * @model
	 * @generated
	 */
	EList<RuntimeCapability> getCapabilities();

	/**
	 * Returns the value of the '<em><b>Page Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page Size</em>' attribute.
	 * @see #setPageSize(long)
	 * @see org.wasmpart.model.WasmpartPackage#getRuntimeProfile_PageSize()
	 * @model dataType="org.wasmpart.model.ByteSize"
	 * @generated
	 */
	long getPageSize();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.RuntimeProfile#getPageSize <em>Page Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Size</em>' attribute.
	 * @see #getPageSize()
	 * @generated
	 */
	void setPageSize(long value);

} // RuntimeProfile
