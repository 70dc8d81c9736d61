window.LIBRO_BUSQUEDA.recibir("t-gl",{"glosari":[2,[1,3,1,10,2,10,3,10,3,1,8,1]]});
