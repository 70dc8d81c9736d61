window.LIBRO_BUSQUEDA.recibir("t-lu",{"lun":[1,[2,1,4,1]]});
