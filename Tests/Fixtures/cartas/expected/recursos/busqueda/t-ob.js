window.LIBRO_BUSQUEDA.recibir("t-ob",{"objetiv":[3,[2,1,4,2,1,1,1,1,1,1,6,1]]});
