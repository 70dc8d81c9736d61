window.LIBRO_BUSQUEDA.recibir("t-gl",{"glosari":[2,[1,3,1,10,1,10,1,10,2,1,5,1]]});
