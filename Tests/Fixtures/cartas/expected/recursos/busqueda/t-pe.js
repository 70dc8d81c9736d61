window.LIBRO_BUSQUEDA.recibir("t-pe",{"person":[2,[1,1,2,1,2,1,4,1]]});
