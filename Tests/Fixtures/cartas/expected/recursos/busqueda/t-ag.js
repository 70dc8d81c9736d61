window.LIBRO_BUSQUEDA.recibir("t-ag",{"agend":[3,[2,1,4,6,1,1,1,3,1,1,6,3]]});
