window.LIBRO_BUSQUEDA.recibir("t-pl",{"plan":[2,[2,1,4,2,2,2,7,2,7,1]],"plumon":[2,[2,1,4,1,1,2,1,1,1,1]]});
