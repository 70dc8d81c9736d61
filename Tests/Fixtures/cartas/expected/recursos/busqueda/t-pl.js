window.LIBRO_BUSQUEDA.recibir("t-pl",{"plan":[2,[2,1,4,2,4,2,11,2,18,1]],"plumon":[2,[2,1,4,1,3,2,5,1,6,1]]});
