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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wasmpart.model.ExecutionMode;
import org.wasmpart.model.RuntimeCapability;
import org.wasmpart.model.RuntimeKind;
import org.wasmpart.model.RuntimeProfile;
import org.wasmpart.model.Source;
import org.wasmpart.model.Sourced;
import org.wasmpart.model.WasmFeature;
import org.wasmpart.model.WasmpartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Runtime Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.impl.RuntimeProfileImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.RuntimeProfileImpl#getRuntime <em>Runtime</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.RuntimeProfileImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.RuntimeProfileImpl#getExecutionMode <em>Execution Mode</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.RuntimeProfileImpl#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.RuntimeProfileImpl#getCapabilities <em>Capabilities</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.RuntimeProfileImpl#getPageSize <em>Page Size</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RuntimeProfileImpl extends IdentifiedImpl implements RuntimeProfile {
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
	 * The default value of the '{@link #getRuntime() <em>Runtime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntime()
	 * @generated
	 * @ordered
	 */
	protected static final RuntimeKind RUNTIME_EDEFAULT = RuntimeKind.WAMR;

	/**
	 * The cached value of the '{@link #getRuntime() <em>Runtime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntime()
	 * @generated
	 * @ordered
	 */
	protected RuntimeKind runtime = RUNTIME_EDEFAULT;

	/**
	 * This is true if the Runtime attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean runtimeESet;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getExecutionMode() <em>Execution Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutionMode()
	 * @generated
	 * @ordered
	 */
	protected static final ExecutionMode EXECUTION_MODE_EDEFAULT = ExecutionMode.INTERPRETER;

	/**
	 * The cached value of the '{@link #getExecutionMode() <em>Execution Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutionMode()
	 * @generated
	 * @ordered
	 */
	protected ExecutionMode executionMode = EXECUTION_MODE_EDEFAULT;

	/**
	 * This is true if the Execution Mode attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean executionModeESet;

	/**
	 * The cached value of the '{@link #getFeatures() <em>Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<WasmFeature> features;

	/**
	 * The cached value of the '{@link #getCapabilities() <em>Capabilities</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapabilities()
	 * @generated
	 * @ordered
	 */
	protected EList<RuntimeCapability> capabilities;

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
	protected RuntimeProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WasmpartPackage.Literals.RUNTIME_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, WasmpartPackage.RUNTIME_PROFILE__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuntimeKind getRuntime() {
		return runtime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuntime(RuntimeKind newRuntime) {
		RuntimeKind oldRuntime = runtime;
		runtime = newRuntime == null ? RUNTIME_EDEFAULT : newRuntime;
		boolean oldRuntimeESet = runtimeESet;
		runtimeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.RUNTIME_PROFILE__RUNTIME, oldRuntime, runtime, !oldRuntimeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRuntime() {
		RuntimeKind oldRuntime = runtime;
		boolean oldRuntimeESet = runtimeESet;
		runtime = RUNTIME_EDEFAULT;
		runtimeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.RUNTIME_PROFILE__RUNTIME, oldRuntime, RUNTIME_EDEFAULT, oldRuntimeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRuntime() {
		return runtimeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.RUNTIME_PROFILE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExecutionMode getExecutionMode() {
		return executionMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExecutionMode(ExecutionMode newExecutionMode) {
		ExecutionMode oldExecutionMode = executionMode;
		executionMode = newExecutionMode == null ? EXECUTION_MODE_EDEFAULT : newExecutionMode;
		boolean oldExecutionModeESet = executionModeESet;
		executionModeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.RUNTIME_PROFILE__EXECUTION_MODE, oldExecutionMode, executionMode, !oldExecutionModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetExecutionMode() {
		ExecutionMode oldExecutionMode = executionMode;
		boolean oldExecutionModeESet = executionModeESet;
		executionMode = EXECUTION_MODE_EDEFAULT;
		executionModeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WasmpartPackage.RUNTIME_PROFILE__EXECUTION_MODE, oldExecutionMode, EXECUTION_MODE_EDEFAULT, oldExecutionModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetExecutionMode() {
		return executionModeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WasmFeature> getFeatures() {
		if (features == null) {
			features = new EDataTypeUniqueEList<WasmFeature>(WasmFeature.class, this, WasmpartPackage.RUNTIME_PROFILE__FEATURES);
		}
		return features;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuntimeCapability> getCapabilities() {
		if (capabilities == null) {
			capabilities = new EDataTypeUniqueEList<RuntimeCapability>(RuntimeCapability.class, this, WasmpartPackage.RUNTIME_PROFILE__CAPABILITIES);
		}
		return capabilities;
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
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.RUNTIME_PROFILE__PAGE_SIZE, oldPageSize, pageSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WasmpartPackage.RUNTIME_PROFILE__SOURCES:
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
			case WasmpartPackage.RUNTIME_PROFILE__SOURCES:
				return getSources();
			case WasmpartPackage.RUNTIME_PROFILE__RUNTIME:
				return getRuntime();
			case WasmpartPackage.RUNTIME_PROFILE__VERSION:
				return getVersion();
			case WasmpartPackage.RUNTIME_PROFILE__EXECUTION_MODE:
				return getExecutionMode();
			case WasmpartPackage.RUNTIME_PROFILE__FEATURES:
				return getFeatures();
			case WasmpartPackage.RUNTIME_PROFILE__CAPABILITIES:
				return getCapabilities();
			case WasmpartPackage.RUNTIME_PROFILE__PAGE_SIZE:
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
			case WasmpartPackage.RUNTIME_PROFILE__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case WasmpartPackage.RUNTIME_PROFILE__RUNTIME:
				setRuntime((RuntimeKind)newValue);
				return;
			case WasmpartPackage.RUNTIME_PROFILE__VERSION:
				setVersion((String)newValue);
				return;
			case WasmpartPackage.RUNTIME_PROFILE__EXECUTION_MODE:
				setExecutionMode((ExecutionMode)newValue);
				return;
			case WasmpartPackage.RUNTIME_PROFILE__FEATURES:
				getFeatures().clear();
				getFeatures().addAll((Collection<? extends WasmFeature>)newValue);
				return;
			case WasmpartPackage.RUNTIME_PROFILE__CAPABILITIES:
				getCapabilities().clear();
				getCapabilities().addAll((Collection<? extends RuntimeCapability>)newValue);
				return;
			case WasmpartPackage.RUNTIME_PROFILE__PAGE_SIZE:
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
			case WasmpartPackage.RUNTIME_PROFILE__SOURCES:
				getSources().clear();
				return;
			case WasmpartPackage.RUNTIME_PROFILE__RUNTIME:
				unsetRuntime();
				return;
			case WasmpartPackage.RUNTIME_PROFILE__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case WasmpartPackage.RUNTIME_PROFILE__EXECUTION_MODE:
				unsetExecutionMode();
				return;
			case WasmpartPackage.RUNTIME_PROFILE__FEATURES:
				getFeatures().clear();
				return;
			case WasmpartPackage.RUNTIME_PROFILE__CAPABILITIES:
				getCapabilities().clear();
				return;
			case WasmpartPackage.RUNTIME_PROFILE__PAGE_SIZE:
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
			case WasmpartPackage.RUNTIME_PROFILE__SOURCES:
				return sources != null && !sources.isEmpty();
			case WasmpartPackage.RUNTIME_PROFILE__RUNTIME:
				return isSetRuntime();
			case WasmpartPackage.RUNTIME_PROFILE__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case WasmpartPackage.RUNTIME_PROFILE__EXECUTION_MODE:
				return isSetExecutionMode();
			case WasmpartPackage.RUNTIME_PROFILE__FEATURES:
				return features != null && !features.isEmpty();
			case WasmpartPackage.RUNTIME_PROFILE__CAPABILITIES:
				return capabilities != null && !capabilities.isEmpty();
			case WasmpartPackage.RUNTIME_PROFILE__PAGE_SIZE:
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
				case WasmpartPackage.RUNTIME_PROFILE__SOURCES: return WasmpartPackage.SOURCED__SOURCES;
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
				case WasmpartPackage.SOURCED__SOURCES: return WasmpartPackage.RUNTIME_PROFILE__SOURCES;
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
		result.append(" (runtime: ");
		if (runtimeESet) result.append(runtime); else result.append("<unset>");
		result.append(", version: ");
		result.append(version);
		result.append(", executionMode: ");
		if (executionModeESet) result.append(executionMode); else result.append("<unset>");
		result.append(", features: ");
		result.append(features);
		result.append(", capabilities: ");
		result.append(capabilities);
		result.append(", pageSize: ");
		result.append(pageSize);
		result.append(')');
		return result.toString();
	}

} //RuntimeProfileImpl
