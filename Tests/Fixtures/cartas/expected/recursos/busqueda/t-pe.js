window.LIBRO_BUSQUEDA.recibir("t-pe",{"person":[2,[1,1,2,1,3,1,6,1]]});
